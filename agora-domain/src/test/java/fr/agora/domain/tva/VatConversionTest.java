package fr.agora.domain.tva;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.domain.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

class VatConversionTest {

    private static VatRate rate(String p) {
        return VatRateTable.FRANCE.rateFor(new BigDecimal(p), LocalDate.of(2026, 1, 1), "vatRate");
    }

    private static void check(String amount, String rate, VatConversion.From from, String ht, String vat, String ttc) {
        VatConversion.Result r = VatConversion.convert(Money.of(amount), rate(rate), from);
        assertThat(r.exclVat()).isEqualTo(Money.of(ht));
        assertThat(r.vat()).isEqualTo(Money.of(vat));
        assertThat(r.inclVat()).isEqualTo(Money.of(ttc));
    }

    @Test
    void from_ht_with_half_cent_ties_going_up() {
        // 1.05 × 10 % = 0.105 → 0.11 (HALF_EVEN would give 0.10); TTC = 1.05 + 0.11 = 1.16
        check("1.05", "10", VatConversion.From.HT, "1.05", "0.11", "1.16");
        // 5.00 × 2.1 % = 0.105 → 0.11 (HALF_EVEN 0.10); TTC 5.11
        check("5.00", "2.1", VatConversion.From.HT, "5.00", "0.11", "5.11");
        // 0.10 × 5.5 % = 0.0055 → 0.01; TTC 0.11
        check("0.10", "5.5", VatConversion.From.HT, "0.10", "0.01", "0.11");
        // 100 × 20 % = 20; zero stays zero
        check("100", "20", VatConversion.From.HT, "100.00", "20.00", "120.00");
        check("0", "20", VatConversion.From.HT, "0.00", "0.00", "0.00");
        // negative (an avoir): −1.05 × 10 % = −0.105 → −0.11 (half away from zero)
        check("-1.05", "10", VatConversion.From.HT, "-1.05", "-0.11", "-1.16");
    }

    @Test
    void from_ttc_keeps_the_ttc_exactly() {
        // 100 / 1.20 = 83.3333… → 83.33; TVA = 100 − 83.33 = 16.67
        check("100", "20", VatConversion.From.TTC, "83.33", "16.67", "100.00");
        // 1.23 / 1.20 = 1.025 exactly → tie → 1.03 (HALF_EVEN 1.02); TVA = 0.20
        check("1.23", "20", VatConversion.From.TTC, "1.03", "0.20", "1.23");
        // 121 / 1.10 = 110 exactly
        check("121", "10", VatConversion.From.TTC, "110.00", "11.00", "121.00");
        // 10.21 / 1.021 = 10 exactly
        check("10.21", "2.1", VatConversion.From.TTC, "10.00", "0.21", "10.21");
    }

    @Test
    void property_ttc_is_ht_plus_vat_both_ways() {
        String[] rates = {"20", "10", "5.5", "2.1"};
        for (long seed = 1; seed <= 500; seed++) {
            Random rnd = new Random(seed);
            Money amount = Money.ofCents(rnd.nextInt(10_000_000));
            VatRate r = rate(rates[rnd.nextInt(4)]);
            for (VatConversion.From from : VatConversion.From.values()) {
                VatConversion.Result res = VatConversion.convert(amount, r, from);
                assertThat(res.exclVat().plus(res.vat())).as("seed %d %s", seed, from).isEqualTo(res.inclVat());
                // the HT found from a TTC gives back a TVA within a cent of the exact one
                BigDecimal exact = res.exclVat().amount().multiply(r.fraction());
                assertThat(exact.subtract(res.vat().amount()).abs()).as("seed %d", seed)
                        .isLessThanOrEqualTo(new BigDecimal("0.01"));
            }
        }
    }
}
