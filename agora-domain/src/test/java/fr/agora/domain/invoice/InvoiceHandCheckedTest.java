package fr.agora.domain.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.domain.invoice.InvoiceComputation.VatAmount;
import fr.agora.domain.shared.Money;
import fr.agora.domain.tva.VatRateTable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Audit 2026-12: invoices recomputed by hand (../shared/RULES-REFERENCE.md §2.2: reductions in cascade, escompte on the
 * net commercial, port HT after the net financier and taxed pro rata of each rate's HT — CGI art. 267 I-2°; TVA half up
 * at the cent per rate; PCG sales entry D 411 / D 665 / C 707 / C 7085 / C 44571).
 */
class InvoiceHandCheckedTest {

    static final LocalDate D = LocalDate.of(2026, 3, 15);
    final InvoiceCalculator calc = new InvoiceCalculator(VatRateTable.FRANCE);

    static Money m(String s) {
        return Money.of(s);
    }

    static InvoiceLine line(String qty, String pu, String rate) {
        return new InvoiceLine("article", qty, pu, rate);
    }

    /** Every line one positive side, the other zero; Σ debit = Σ credit. */
    static void assertBalanced(JournalEntry e) {
        Money debit = Money.ZERO;
        Money credit = Money.ZERO;
        for (JournalEntry.Line l : e.lines()) {
            assertThat(l.debit().isPositive() ^ l.credit().isPositive()).as(l.toString()).isTrue();
            assertThat(l.debit().isNegative() || l.credit().isNegative()).as(l.toString()).isFalse();
            debit = debit.plus(l.debit());
            credit = credit.plus(l.credit());
        }
        assertThat(debit).isEqualTo(credit);
    }

    @Test
    void three_rates_with_remise_escompte_and_port() {
        // gross 100 (20 %) + 200 (10 %) + 300 (5.5 %) = 600; remise 10 % = 60 → net commercial 540;
        // escompte 2 % × 540 = 10.80 → net financier 529.20 (per line 88.20 / 176.40 / 264.60);
        // port 30 pro rata 1:2:3 = 5 / 10 / 15 → bases 93.20 / 186.40 / 279.60;
        // TVA 18.64 / 18.64 / 15.378 → 15.38 = 52.66; HT 559.20; TTC 611.86
        InvoiceRequest in = new InvoiceRequest(D, List.of(line("1", "100", "20"), line("2", "100", "10"),
                line("3", "100", "5.5")), List.of(Reduction.rate(ReductionType.REMISE, "10")), new BigDecimal("2"),
                m("30"), null, null, null);
        InvoiceComputation r = calc.compute(in);
        assertThat(r.netCommercial()).isEqualTo(m("540"));
        assertThat(r.cashDiscount()).isEqualTo(m("10.80"));
        assertThat(r.netFinancial()).isEqualTo(m("529.20"));
        assertThat(r.vat()).extracting(VatAmount::base).containsExactly(m("93.20"), m("186.40"), m("279.60"));
        assertThat(r.vat()).extracting(VatAmount::amount).containsExactly(m("18.64"), m("18.64"), m("15.38"));
        assertThat(r.totalExclVat()).isEqualTo(m("559.20"));
        assertThat(r.totalInclVat()).isEqualTo(m("611.86"));
        // D 411 611.86 + D 665 10.80 = C 707 540 + C 7085 30 + C 44571 52.66 = 622.66
        assertBalanced(r.journalEntry());
        assertThat(r.journalEntry().lines()).filteredOn(l -> l.account().equals("665")).singleElement()
                .satisfies(l -> assertThat(l.debit()).isEqualTo(m("10.80")));
        assertThat(r.journalEntry().lines()).filteredOn(l -> l.account().equals("707")).singleElement()
                .satisfies(l -> assertThat(l.credit()).isEqualTo(m("540")));
    }

    @Test
    void half_a_cent_of_tva_rounds_up() {
        // 1 × 0.05 at 10 % → TVA 0.005 → 0.01 (half up); TTC 0.06
        InvoiceComputation r = calc.compute(InvoiceRequest.of(D, List.of(line("1", "0.05", "10"))));
        assertThat(r.totalVat()).isEqualTo(m("0.01"));
        assertThat(r.totalInclVat()).isEqualTo(m("0.06"));
        assertBalanced(r.journalEntry());
    }

    @Test
    void acompte_of_a_fifth_of_the_ttc() {
        // 1 000 HT at 20 % → TTC 1 200; acompte 360 TTC = 300 HT + 60 TVA; amount due 840
        // acompte entry: D 411 360 / C 4191 300 / C 44571 60; balance: D 411 840 + D 4191 300 = C 707 1 000 + C 44571 140
        InvoiceComputation r = calc.compute(new InvoiceRequest(D, List.of(line("1", "1000", "20")), null, null, null,
                m("360"), null, null));
        assertThat(r.amountDue()).isEqualTo(m("840"));
        assertThat(r.depositExclVat()).isEqualTo(m("300"));
        assertThat(r.depositVat()).isEqualTo(m("60"));
        assertBalanced(r.depositJournalEntry());
        assertBalanced(r.journalEntry());
        assertThat(r.journalEntry().lines()).filteredOn(l -> l.account().equals("44571")).singleElement()
                .satisfies(l -> assertThat(l.credit()).isEqualTo(m("140")));
    }

    @Test
    void credit_note_mirrors_the_invoice() {
        // avoir 2 × 50 at 20 %: D 709 100 + D 44571 20 = C 411 120
        InvoiceComputation r = calc.compute(InvoiceRequest.of(D, List.of(line("2", "50", "20"))).withKind(InvoiceKind.CREDIT_NOTE));
        assertBalanced(r.journalEntry());
        assertThat(r.journalEntry().lines()).extracting(JournalEntry.Line::account).contains("709", "44571", "411");
        assertThat(r.journalEntry().lines()).filteredOn(l -> l.account().equals("411")).singleElement()
                .satisfies(l -> assertThat(l.credit()).isEqualTo(m("120")));
    }
}
