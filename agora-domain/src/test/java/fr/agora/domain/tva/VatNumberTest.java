package fr.agora.domain.tva;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Shapes per member state (European Commission VIES FAQ) and the French key (12 + 3 × (SIREN mod 97)) mod 97. */
class VatNumberTest {

    @Test
    void french_numbers_have_their_key_checked() {
        // SIREN 404 833 048 mod 97 = 56 → key (12 + 168) mod 97 = 83
        assertThat(VatNumber.check("FR83404833048").valid()).isTrue();
        assertThat(VatNumber.check("FR 83 404 833 048").valid()).isTrue();
        assertThat(VatNumber.check("FR84404833048").problem()).contains("key");
        // SIREN 123 456 782 mod 97 = 32 → key (12 + 96) mod 97 = 11
        assertThat(VatNumber.check("fr11123456782").valid()).isTrue();
    }

    @Test
    void other_member_states_are_shape_checked() {
        assertThat(VatNumber.check("DE123456789").country()).isEqualTo("DE");
        assertThat(VatNumber.check("DE123456789").valid()).isTrue();
        assertThat(VatNumber.check("NL123456789B01").valid()).isTrue();
        assertThat(VatNumber.check("ATU12345678").valid()).isTrue();
        assertThat(VatNumber.check("BE0123456749").valid()).isTrue();
        assertThat(VatNumber.check("DE12345678").valid()).isFalse();
        assertThat(VatNumber.check("GR123456789").valid()).isFalse(); // Greece is EL in VIES
        assertThat(VatNumber.check("US123456789").valid()).isFalse();
        assertThat(VatNumber.check("FR").valid()).isFalse();
    }
}
