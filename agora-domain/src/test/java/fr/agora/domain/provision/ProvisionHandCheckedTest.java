package fr.agora.domain.provision;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.domain.shared.EntryLine;
import fr.agora.domain.shared.Money;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Audit 2026-12: dépréciations recomputed by hand (PCG art. 214-25; 491 / 6817 / 7817; 39x for stocks). */
class ProvisionHandCheckedTest {

    @Test
    void doubtful_receivables_dotation_and_reprise_are_not_netted() {
        // A: 2 400 TTC at 20 % → 2 000 HT × 40 % = 800, none before → reclass 416/411 2 400, dotation 800
        // B: 1 266 TTC at 5.5 % → 1 200 HT × 25 % = 300, 500 before → reprise 200
        DoubtfulReceivables.Result r = DoubtfulReceivables.compute(List.of(
                new DoubtfulReceivables.Receivable("A", Money.of("2400"), new BigDecimal("20"), new BigDecimal("40"), null),
                new DoubtfulReceivables.Receivable("B", Money.of("1266"), new BigDecimal("5.5"), new BigDecimal("25"),
                        Money.of("500"))));
        assertThat(r.lines()).extracting(DoubtfulReceivables.Line::amountExclVat).containsExactly(Money.of("2000"), Money.of("1200"));
        assertThat(r.totalProvision()).isEqualTo(Money.of("1100"));
        assertThat(r.totalIncrease()).isEqualTo(Money.of("800"));
        assertThat(r.totalDecrease()).isEqualTo(Money.of("200"));
        assertThat(r.entry()).extracting(EntryLine::account).containsExactly("416", "411", "6817", "491", "491", "7817");
        assertBalanced(r.entry());
    }

    @Test
    void stock_depreciation_is_the_gap_to_the_current_value() {
        // 31 goods 10 000 worth 8 500 → 1 500 (none before: dotation 6817 / 391);
        // 37 goods 4 000 worth 4 200 → 0 (600 before: reprise 397 / 7817 600)
        StockDepreciation.Result r = StockDepreciation.compute(List.of(
                new StockDepreciation.Item("31", Money.of("10000"), Money.of("8500"), Money.ZERO),
                new StockDepreciation.Item("37", Money.of("4000"), Money.of("4200"), Money.of("600"))));
        assertThat(r.totalDepreciation()).isEqualTo(Money.of("1500"));
        assertThat(r.entry()).extracting(EntryLine::account).containsExactly("6817", "391", "397", "7817");
        assertBalanced(r.entry());
    }

    static void assertBalanced(List<EntryLine> entry) {
        Money d = Money.ZERO;
        Money c = Money.ZERO;
        for (EntryLine l : entry) {
            assertThat(l.debit().isPositive() ^ l.credit().isPositive()).as(l.toString()).isTrue();
            d = d.plus(l.debit());
            c = c.plus(l.credit());
        }
        assertThat(d).isEqualTo(c);
    }
}
