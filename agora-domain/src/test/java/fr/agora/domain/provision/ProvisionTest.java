package fr.agora.domain.provision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.domain.shared.EntryLine;
import fr.agora.domain.shared.Money;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProvisionTest {

    @Test
    void doubtful_receivable_on_the_ht_amount_then_adjusted_the_next_year() {
        // year N: Durand owes 2 400 TTC at 20 % → HT 2 000; 40 % expected loss → 800
        DoubtfulReceivables.Result n = DoubtfulReceivables.compute(List.of(new DoubtfulReceivables.Receivable("Durand",
                Money.of("2400"), new BigDecimal("20"), new BigDecimal("40"), null)));
        assertThat(n.lines().get(0).amountExclVat().toString()).isEqualTo("2000.00");
        assertThat(n.totalProvision().toString()).isEqualTo("800.00");
        assertThat(n.entry()).extracting(EntryLine::account).containsExactly("416", "411", "6817", "491");
        assertThat(n.entry().get(0).debit().toString()).isEqualTo("2400.00");
        assertThat(n.entry().get(2).debit().toString()).isEqualTo("800.00");
        // year N+1: 60 % → 1 200, a complement of 400 (6817 / 491); Martin falls from 500 to 25 % of 1 000 HT: reprise 250
        DoubtfulReceivables.Result n1 = DoubtfulReceivables.compute(List.of(
                new DoubtfulReceivables.Receivable("Durand", Money.of("2400"), new BigDecimal("20"), new BigDecimal("60"), Money.of("800")),
                new DoubtfulReceivables.Receivable("Martin", Money.of("1200"), new BigDecimal("20"), new BigDecimal("25"), Money.of("500"))));
        assertThat(n1.totalIncrease().toString()).isEqualTo("400.00");
        assertThat(n1.totalDecrease().toString()).isEqualTo("250.00");
        assertThat(n1.entry()).extracting(EntryLine::account).containsExactly("6817", "491", "491", "7817");
        assertThat(n1.totalProvision().toString()).isEqualTo("1450.00");
        assertThatThrownBy(() -> new DoubtfulReceivables.Receivable("X", Money.of("1"), new BigDecimal("20"),
                new BigDecimal("101"), null)).hasFieldOrPropertyWithValue("field", "lossRate");
    }

    @Test
    void stock_depreciation_and_its_reversal() {
        // marchandises 37: cost 10 000, worth 8 500 → 1 500 (6817 / 397); next year 12 000 vs 11 500 → 500: reprise 1 000
        StockDepreciation.Result n = StockDepreciation.compute(List.of(new StockDepreciation.Item("37", Money.of("10000"),
                Money.of("8500"), null)));
        assertThat(n.totalDepreciation().toString()).isEqualTo("1500.00");
        assertThat(n.entry()).extracting(EntryLine::account).containsExactly("6817", "397");
        assertThat(n.lines().get(0).netValue().toString()).isEqualTo("8500.00");
        StockDepreciation.Result n1 = StockDepreciation.compute(List.of(new StockDepreciation.Item("37", Money.of("12000"),
                Money.of("11500"), Money.of("1500")), new StockDepreciation.Item("31", Money.of("500"), Money.of("700"), null)));
        assertThat(n1.entry()).extracting(EntryLine::account).containsExactly("397", "7817");
        assertThat(n1.entry().get(0).debit().toString()).isEqualTo("1000.00");
        assertThat(n1.lines().get(1).depreciation().isZero()).isTrue();
        assertThat(n1.lines().get(1).depreciationAccount()).isEqualTo("391");
    }
}
