package fr.agora.domain.tva;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.domain.shared.Money;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class Ca12AndFranchiseTest {

    final Ca12Calculator ca12 = new Ca12Calculator();
    final Franchise franchise = new Franchise();

    @Test
    void ca12_instalments_55_and_40_percent_and_balance() {
        // base 3 000: July 55 % = 1 650; December 40 % = 1 200; TVA N 4 000 → balance 4 000 − 2 850 = 1 150 due
        var r = ca12.compute(2026, Money.of("3000"), Money.of("4000"));
        assertThat(r.julyInstalment()).isEqualTo(Money.of("1650"));
        assertThat(r.decemberInstalment()).isEqualTo(Money.of("1200"));
        assertThat(r.balance()).isEqualTo(Money.of("1150"));
        assertThat(r.balanceKind()).isEqualTo(Ca12Calculator.BalanceKind.DUE);
        // ties to the euro: base 1 001 → 550.55 → 551; 400.40 → 400; base 1 010 → 555.50 → 556 (HALF_EVEN 556 too)
        // and 404.00; a TVA N of 500 → balance 500 − 951 = −451 → a credit
        var t = ca12.compute(2026, Money.of("1001"), Money.of("500"));
        assertThat(t.julyInstalment()).isEqualTo(Money.of("551"));
        assertThat(t.decemberInstalment()).isEqualTo(Money.of("400"));
        assertThat(t.balance()).isEqualTo(Money.of("-451"));
        assertThat(t.balanceKind()).isEqualTo(Ca12Calculator.BalanceKind.CREDIT);
        // base 1 030: 55 % = 566.50 → 567 (HALF_EVEN would give 566)
        assertThat(ca12.compute(2026, Money.of("1030"), Money.ZERO).julyInstalment()).isEqualTo(Money.of("567"));
    }

    @Test
    void ca12_no_instalment_under_1000() {
        // base 999.49 → 999 < 1 000: no instalment; balance = TVA N 800
        var r = ca12.compute(2026, Money.of("999.49"), Money.of("800"));
        assertThat(r.instalmentsDue()).isFalse();
        assertThat(r.julyInstalment()).isEqualTo(Money.ZERO);
        assertThat(r.balance()).isEqualTo(Money.of("800"));
        // zero everywhere: NIL
        assertThat(ca12.compute(2026, Money.ZERO, Money.ZERO).balanceKind()).isEqualTo(Ca12Calculator.BalanceKind.NIL);
        assertThatThrownBy(() -> ca12.compute(2026, Money.of("-1"), Money.ZERO)).hasFieldOrPropertyWithValue("field", "previousYearVat");
    }

    @Test
    void franchise_thresholds_and_status() {
        LocalDate d = LocalDate.of(2026, 6, 30);
        // services: 37 500 / 41 250
        var ok = franchise.assess(Nature.SERVICES, d, Money.of("37500"), Money.of("20000"));
        assertThat(ok.status()).isEqualTo(Franchise.Status.FRANCHISE);
        assertThat(ok.thresholds().base()).isEqualTo(Money.of("37500"));
        assertThat(ok.thresholds().increased()).isEqualTo(Money.of("41250"));
        assertThat(ok.thresholds().source()).contains("2025-1044");
        assertThat(franchise.assess(Nature.SERVICES, d, Money.of("37500.01"), Money.ZERO).status())
                .isEqualTo(Franchise.Status.LIABLE_FROM_JANUARY_1);
        assertThat(franchise.assess(Nature.SERVICES, d, Money.of("30000"), Money.of("41250.01")).status())
                .isEqualTo(Franchise.Status.LIABLE_FROM_EXCEEDING_DATE);
        // between the two thresholds in N: still franchise, ends on 1 January N+1
        var between = franchise.assess(Nature.SERVICES, d, Money.of("30000"), Money.of("40000"));
        assertThat(between.status()).isEqualTo(Franchise.Status.FRANCHISE);
        assertThat(between.note()).contains("1 January 2027");
        // goods: 85 000 / 93 500
        assertThat(franchise.assess(Nature.GOODS, d, Money.of("85000"), Money.of("93500")).status())
                .isEqualTo(Franchise.Status.FRANCHISE);
        assertThat(franchise.assess(Nature.GOODS, d, Money.of("85000"), Money.of("93500.01")).status())
                .isEqualTo(Franchise.Status.LIABLE_FROM_EXCEEDING_DATE);
        // no threshold known before 2025: refused, naming the date
        assertThatThrownBy(() -> franchise.assess(Nature.GOODS, LocalDate.of(2024, 1, 1), Money.ZERO, Money.ZERO))
                .hasFieldOrPropertyWithValue("field", "date");
    }
}
