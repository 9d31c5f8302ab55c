package fr.agora.domain.establishment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Uai;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The UAI check letter and a school's registration and status. */
class RegisteredEstablishmentTest {

    static final Instant T0 = Instant.parse("2026-12-07T08:00:00Z");

    @Test
    void real_uais_carry_their_check_letter() {
        // by hand: 750654 = 23 × 32637 + 3 → the 4th letter of ABCDEFGHJKLMNPRSTUVWXYZ, D (Lycée Louis-le-Grand, Paris)
        assertThat(Uai.of("0750654D").hasValidCheckLetter()).isTrue();
        // 750699 = 23 × 32639 + 2 → C (Lycée Henri-IV, Paris)
        assertThat(Uai.of("0750699C").hasValidCheckLetter()).isTrue();
        assertThat(Uai.of("0750654E").hasValidCheckLetter()).isFalse();
    }

    @Test
    void the_alphabet_skips_i_o_and_q_at_the_edges() {
        assertThat(Uai.checkLetter("0000000")).isEqualTo('A');   // remainder 0
        assertThat(Uai.checkLetter("0000008")).isEqualTo('J');   // 8: I is skipped
        assertThat(Uai.checkLetter("0000013")).isEqualTo('P');   // 13: O is skipped
        assertThat(Uai.checkLetter("0000014")).isEqualTo('R');   // 14: Q is skipped
        assertThat(Uai.checkLetter("0000022")).isEqualTo('Z');   // 22, the last remainder
        assertThat(Uai.checkLetter("0000023")).isEqualTo('A');   // 23 ≡ 0
        assertThat(Uai.checkLetter("9999999")).isEqualTo('P');   // 9999999 = 23 × 434782 + 13
    }

    /** 23 is prime and divides no d × 10^k (d = 1…9) nor 9 × (a − b) × 10^k: every one-digit typo and swap is caught. */
    @Test
    void every_single_digit_typo_and_adjacent_swap_changes_the_letter() {
        Random random = new Random(20261207L);
        for (int i = 0; i < 2_000; i++) {
            String digits = String.format("%07d", random.nextInt(10_000_000));
            char letter = Uai.checkLetter(digits);
            assertThat("IOQ").doesNotContain(String.valueOf(letter));
            int at = random.nextInt(7);
            char other = (char) ('0' + (digits.charAt(at) - '0' + 1 + random.nextInt(9)) % 10);
            String typo = digits.substring(0, at) + other + digits.substring(at + 1);
            assertThat(Uai.checkLetter(typo)).as(digits + " → " + typo).isNotEqualTo(letter);
            int swap = random.nextInt(6);
            if (digits.charAt(swap) != digits.charAt(swap + 1)) {
                String swapped = digits.substring(0, swap) + digits.charAt(swap + 1) + digits.charAt(swap) + digits.substring(swap + 2);
                assertThat(Uai.checkLetter(swapped)).as(digits + " → " + swapped).isNotEqualTo(letter);
            }
        }
    }

    @Test
    void registering_refuses_a_wrong_check_letter_naming_the_expected_one() {
        assertThatThrownBy(() -> RegisteredEstablishment.register(Uai.of("0750654E"), "Lycée", T0))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("0750654D")
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("uai"))
                .satisfies(e -> assertThat(((InvalidInputException) e).problemType()).isEqualTo("invalid-uai-check-letter"));
    }

    @Test
    void a_registered_school_is_enabled_and_keeps_its_first_disabling_date() {
        RegisteredEstablishment e = RegisteredEstablishment.register(Uai.of("0750654D"), "  Lycée Louis-le-Grand ", T0);
        assertThat(e.name()).isEqualTo("Lycée Louis-le-Grand");
        assertThat(e.disabled()).isFalse();
        RegisteredEstablishment off = e.disable(T0.plusSeconds(60)).disable(T0.plusSeconds(120));
        assertThat(off.disabledAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(off.enable().disabled()).isFalse();
        assertThat(off.enable().createdAt()).isEqualTo(T0);
    }

    @Test
    void the_name_is_required_and_bounded_by_its_column() {
        assertThatThrownBy(() -> RegisteredEstablishment.register(Uai.of("0750654D"), " ", T0)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> RegisteredEstablishment.register(Uai.of("0750654D"), "x".repeat(201), T0))
                .isInstanceOf(InvalidInputException.class);
        assertThat(RegisteredEstablishment.register(Uai.of("0750654D"), "x".repeat(200), T0).name()).hasSize(200);
    }
}
