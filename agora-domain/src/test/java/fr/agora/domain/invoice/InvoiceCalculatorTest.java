package fr.agora.domain.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.domain.shared.DomainException;
import fr.agora.domain.shared.Money;
import fr.agora.domain.tva.Nature;
import fr.agora.domain.tva.UnknownVatRateException;
import fr.agora.domain.tva.VatRateTable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Worked examples; every expected figure is computed by hand in the comment above it. */
class InvoiceCalculatorTest {

    static final LocalDate D = LocalDate.of(2026, 3, 15);
    final InvoiceCalculator calc = new InvoiceCalculator(VatRateTable.FRANCE);

    static Money m(String s) {
        return Money.of(s);
    }

    static InvoiceLine line(String qty, String pu, String rate) {
        return new InvoiceLine("article", qty, pu, rate);
    }

    @Test
    void textbook_cascade_escompte_port_and_journal() {
        // Textbook (RULES-REFERENCE §2.2, studylibfr "L'activité commerciale"): brut 2 000, remise 10 % then 5 %.
        // remise 1 = 2 000 × 10 % = 200.00 → 1 800.00; remise 2 = 1 800 × 5 % = 90.00 → 1 710.00 (cascade, not 1 700)
        // escompte 2 % × 1 710 = 34.20 → net financier 1 675.80; port 50.00 → HT 1 725.80
        // TVA 20 % × 1 725.80 = 345.16; TTC = 1 725.80 + 345.16 = 2 070.96
        var in = new InvoiceRequest(D, List.of(line("20", "100", "20")),
                List.of(Reduction.rate(ReductionType.REMISE, "10"), Reduction.rate(ReductionType.REMISE, "5")),
                new BigDecimal("2"), m("50"), null, null, null);
        var r = calc.compute(in);
        assertThat(r.gross()).isEqualTo(m("2000"));
        assertThat(r.reductions()).extracting(InvoiceComputation.AppliedReduction::amount).containsExactly(m("200"), m("90"));
        assertThat(r.reductions()).extracting(InvoiceComputation.AppliedReduction::netAfter).containsExactly(m("1800"), m("1710"));
        assertThat(r.netCommercial()).isEqualTo(m("1710"));
        assertThat(r.cashDiscount()).isEqualTo(m("34.20"));
        assertThat(r.netFinancial()).isEqualTo(m("1675.80"));
        assertThat(r.totalExclVat()).isEqualTo(m("1725.80"));
        assertThat(r.vat()).singleElement().satisfies(v -> {
            assertThat(v.base()).isEqualTo(m("1725.80"));
            assertThat(v.amount()).isEqualTo(m("345.16"));
        });
        assertThat(r.totalInclVat()).isEqualTo(m("2070.96"));
        assertThat(r.amountDue()).isEqualTo(m("2070.96"));
        assertThat(r.issuable()).isTrue();
        // D 411 2 070.96 + D 665 34.20 = 2 105.16 = C 707 1 710.00 + C 7085 50.00 + C 44571 345.16
        assertThat(r.journalEntry().lines()).extracting(JournalEntry.Line::account)
                .containsExactly("411", "665", "707", "7085", "44571");
        assertThat(r.journalEntry().balanced()).isTrue();
        assertThat(r.journalEntry().totalDebit()).isEqualTo(m("2105.16"));
    }

    @Test
    void additive_reductions_differ_from_the_cascade() {
        // one single 15 % remise: 2 000 × 15 % = 300 → 1 700 (vs 1 710 in cascade)
        var r = calc.compute(new InvoiceRequest(D, List.of(line("20", "100", "20")),
                List.of(Reduction.rate(ReductionType.REMISE, "15")), null, null, null, null, null));
        assertThat(r.netCommercial()).isEqualTo(m("1700"));
        // amount then rate: 1 000 − rabais 50 = 950; remise 10 % × 950 = 95 → 855; TVA 20 % = 171; TTC 1 026
        var r2 = calc.compute(new InvoiceRequest(D, List.of(line("1", "1000", "20")),
                List.of(Reduction.amount(ReductionType.RABAIS, "50"), Reduction.rate(ReductionType.REMISE, "10")),
                null, null, null, null, null));
        assertThat(r2.netCommercial()).isEqualTo(m("855"));
        assertThat(r2.totalVat()).isEqualTo(m("171"));
        assertThat(r2.totalInclVat()).isEqualTo(m("1026"));
        // ristourne in cascade on a .005 tie: 10.10 × 5 % = 0.505 → 0.51 (HALF_EVEN: 0.50) → 9.59
        var r3 = calc.compute(new InvoiceRequest(D, List.of(line("1", "10.10", "20")),
                List.of(Reduction.rate(ReductionType.RISTOURNE, "5")), null, null, null, null, null));
        assertThat(r3.reductions().get(0).amount()).isEqualTo(m("0.51"));
        assertThat(r3.netCommercial()).isEqualTo(m("9.59"));
    }

    @Test
    void per_line_and_per_rate_rounding_with_ties_at_10_percent() {
        // three lines of 1.05 at 10 %: each 0.105
        // per line: 3 × round(0.105) = 3 × 0.11 = 0.33; per rate: round(3.15 × 10 %) = round(0.315) = 0.32
        var lines = List.of(line("1", "1.05", "10"), line("1", "1.05", "10"), line("1", "1.05", "10"));
        var perRate = calc.compute(new InvoiceRequest(D, lines, null, null, null, null, VatRounding.PER_RATE, null));
        var perLine = calc.compute(new InvoiceRequest(D, lines, null, null, null, null, VatRounding.PER_LINE, null));
        assertThat(perRate.totalVat()).isEqualTo(m("0.32"));
        assertThat(perRate.totalInclVat()).isEqualTo(m("3.47"));
        assertThat(perLine.totalVat()).isEqualTo(m("0.33"));
        assertThat(perLine.totalInclVat()).isEqualTo(m("3.48"));
    }

    @Test
    void tie_at_2_1_percent() {
        // 5.00 × 2.1 % = 0.105 → 0.11; TTC 5.11. Two lines (per rate): 10.00 × 2.1 % = 0.21 exactly
        var r = calc.compute(InvoiceRequest.of(D, List.of(line("2", "2.50", "2.1"))));
        assertThat(r.totalVat()).isEqualTo(m("0.11"));
        assertThat(r.totalInclVat()).isEqualTo(m("5.11"));
        var per = calc.compute(new InvoiceRequest(D, List.of(line("1", "5", "2.1"), line("1", "5", "2.1")), null, null,
                null, null, VatRounding.PER_LINE, null));
        // per line: 0.11 + 0.11 = 0.22 against 0.21 per rate
        assertThat(per.totalVat()).isEqualTo(m("0.22"));
    }

    @Test
    void mixed_rates_reductions_spread_pro_rata_and_port_split_pro_rata_of_each_rate() {
        // gross: 3 × 100 @20 % = 300; 4 × 25 @5.5 % = 100 → 400; remise 10 % = 40 → 360 (no escompte)
        // spread: 20 %: 360 × 300/400 = 270.00; 5.5 %: 360 × 100/400 = 90.00
        // port 20, an accessory of goods at two rates, split pro rata of each rate's HT (CGI art. 267 I-2°; issue 13):
        // 20 × 270/360 = 15.00 at 20 %, 20 × 90/360 = 5.00 at 5.5 % → bases 285.00 and 95.00
        // TVA 285 × 20 % = 57.00; 95 × 5.5 % = 5.225 → 5.23 (half up at .005); HT 380.00, TVA 62.23, TTC 442.23
        // (until issue 13 the whole port was taxed at the main rate: 290.00 / 90.00, TTC 442.95)
        var r = calc.compute(new InvoiceRequest(D, List.of(line("3", "100", "20"), line("4", "25", "5.5")),
                List.of(Reduction.rate(ReductionType.REMISE, "10")), null, m("20"), null, null, null));
        assertThat(r.vat()).extracting(InvoiceComputation.VatAmount::base).containsExactly(m("285"), m("95"));
        assertThat(r.vat()).extracting(InvoiceComputation.VatAmount::amount).containsExactly(m("57"), m("5.23"));
        assertThat(r.accessorySplit()).extracting(InvoiceComputation.AccessoryShare::amount).containsExactly(m("15"), m("5"));
        assertThat(r.shippingVatRate()).isNull();
        assertThat(r.totalExclVat()).isEqualTo(m("380"));
        assertThat(r.totalInclVat()).isEqualTo(m("442.23"));
    }

    @Test
    void an_acompte_is_deducted_from_the_amount_due() {
        // 1 000 HT @20 % → TVA 200, TTC 1 200; acompte TTC 360 already invoiced → due 840
        // the acompte carried 360 × 200/1 200 = 60.00 of TVA (HT 300.00), already collected by the acompte invoice
        // (CGI art. 269-2-a: TVA due on the acompte; RULES-REFERENCE §2.1: "a facture d'acompte is a real invoice"):
        // acompte invoice: D 411 360 / C 4191 300 / C 44571 60
        // balance:         D 411 840 + D 4191 300 = C 707 1 000 + C 44571 140 (200 − 60)
        // (until issue 13: D 411 1 200 / C 707 1 000 / C 44571 200, then D 4191 360 / C 411 360 — the TVA twice)
        var r = calc.compute(new InvoiceRequest(D, List.of(line("1", "1000", "20")), null, null, null, m("360"), null, null));
        assertThat(r.totalInclVat()).isEqualTo(m("1200"));
        assertThat(r.deposit()).isEqualTo(m("360"));
        assertThat(r.amountDue()).isEqualTo(m("840"));
        assertThat(r.depositVat()).isEqualTo(m("60"));
        assertThat(r.depositExclVat()).isEqualTo(m("300"));
        assertThat(r.depositJournalEntry().lines()).containsExactly(
                new JournalEntry.Line("411", "Clients — facture d'acompte", m("360"), Money.ZERO),
                new JournalEntry.Line("4191", "Avances et acomptes reçus sur commandes", Money.ZERO, m("300")),
                new JournalEntry.Line("44571", "TVA collectée 20 % (acompte)", Money.ZERO, m("60")));
        assertThat(r.journalEntry().lines()).containsExactly(
                new JournalEntry.Line("411", "Clients", m("840"), Money.ZERO),
                new JournalEntry.Line("4191", "Acompte imputé (HT)", m("300"), Money.ZERO),
                new JournalEntry.Line("707", "Ventes de marchandises", Money.ZERO, m("1000")),
                new JournalEntry.Line("44571", "TVA collectée 20 %", Money.ZERO, m("140")));
        assertThat(r.journalEntry().balanced()).isTrue();
        // an acompte above the total is computed but flagged
        var over = calc.compute(new InvoiceRequest(D, List.of(line("1", "100", "20")), null, null, null, m("150"), null, null));
        assertThat(over.amountDue()).isEqualTo(m("-30"));
        assertThat(over.issuable()).isFalse();
        assertThat(over.problems()).extracting(InvoiceComputation.InvoiceProblem::code).containsExactly("DEPOSIT_EXCEEDS_TOTAL");
    }

    @Test
    void a_full_avoir_replays_the_invoice_and_reverses_the_entry() {
        var original = new InvoiceRequest(D, List.of(line("20", "100", "20")),
                List.of(Reduction.rate(ReductionType.REMISE, "10"), Reduction.rate(ReductionType.REMISE, "5")),
                new BigDecimal("2"), m("50"), null, null, null);
        var inv = calc.compute(original);
        var avoir = calc.compute(CreditNotes.fullReversal(original));
        assertThat(avoir.kind()).isEqualTo(InvoiceKind.CREDIT_NOTE);
        assertThat(avoir.vat()).isEqualTo(inv.vat());
        assertThat(avoir.totalInclVat()).isEqualTo(m("2070.96"));
        // reversed: D 709 1 710 / D 7085 50 / D 44571 345.16 / C 411 2 070.96 / C 665 34.20
        assertThat(avoir.journalEntry().lines().get(0)).isEqualTo(new JournalEntry.Line("709",
                "RRR accordés / retours (marchandises)", m("1710"), Money.ZERO));
        assertThat(avoir.journalEntry().lines()).filteredOn(l -> l.account().equals("411")).singleElement()
                .satisfies(l -> assertThat(l.credit()).isEqualTo(m("2070.96")));
        assertThat(avoir.journalEntry().balanced()).isTrue();
    }

    @Test
    void a_partial_avoir_spreads_over_the_original_rates() {
        // original: 1 000 @20 % and 500 @5.5 %; avoir of 150 HT → 20 %: 150 × 1 000/1 500 = 100; 5.5 %: 50
        // TVA: 100 × 20 % = 20.00; 50 × 5.5 % = 2.75 → 22.75; TTC 172.75
        var inv = calc.compute(InvoiceRequest.of(D, List.of(line("1", "1000", "20"), line("1", "500", "5.5"))));
        var avoir = calc.compute(CreditNotes.partial(inv, D, m("150")));
        assertThat(avoir.vat()).extracting(InvoiceComputation.VatAmount::base).containsExactly(m("100"), m("50"));
        assertThat(avoir.totalVat()).isEqualTo(m("22.75"));
        assertThat(avoir.totalInclVat()).isEqualTo(m("172.75"));
        // 100 HT on three equal bases 1/3 each: 33.34 + 33.33 + 33.33 (largest remainder, earliest first)
        assertThat(ProRata.allocate(10_000, new long[] {1, 1, 1})).containsExactly(3334, 3333, 3333);
    }

    @Test
    void an_empty_invoice_is_computed_but_not_issuable() {
        var r = calc.compute(InvoiceRequest.of(D, List.of()));
        assertThat(r.gross()).isEqualTo(Money.ZERO);
        assertThat(r.totalInclVat()).isEqualTo(Money.ZERO);
        assertThat(r.vat()).isEmpty();
        assertThat(r.issuable()).isFalse();
        assertThat(r.problems()).extracting(InvoiceComputation.InvoiceProblem::code).containsExactly("EMPTY_INVOICE");
        // a zero quantity line is a zero invoice, still issuable: 0 × 12.34 = 0
        assertThat(calc.compute(InvoiceRequest.of(D, List.of(line("0", "12.34", "20")))).totalInclVat()).isEqualTo(Money.ZERO);
    }

    @Test
    void services_go_to_706_and_fractional_quantities_round_at_the_cent() {
        // 1.5 h × 45.55 = 68.325 → 68.33 (tie, up); TVA 20 % = 13.666 → 13.67; TTC 82.00
        var r = calc.compute(InvoiceRequest.of(D, List.of(
                new InvoiceLine("conseil", new BigDecimal("1.5"), m("45.55"), new BigDecimal("20"), Nature.SERVICES))));
        assertThat(r.gross()).isEqualTo(m("68.33"));
        assertThat(r.totalVat()).isEqualTo(m("13.67"));
        assertThat(r.totalInclVat()).isEqualTo(m("82.00"));
        assertThat(r.journalEntry().lines()).extracting(JournalEntry.Line::account).contains("706");
    }

    @Test
    void bad_input_names_its_field() {
        assertThatThrownBy(() -> InvoiceRequest.of(D, List.of(line("-1", "10", "20"))))
                .isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("field", "lines[0].quantity");
        assertThatThrownBy(() -> calc.compute(InvoiceRequest.of(D, List.of(line("1", "10", "20"), line("1", "10", "19")))))
                .isInstanceOf(UnknownVatRateException.class).hasFieldOrPropertyWithValue("field", "lines[1].vatRate");
        assertThatThrownBy(() -> new InvoiceRequest(D, List.of(line("1", "10", "20")),
                List.of(Reduction.rate(ReductionType.REMISE, "10.125")), null, null, null, null, null))
                .hasFieldOrPropertyWithValue("field", "reductions[0].rate");
        assertThatThrownBy(() -> calc.compute(new InvoiceRequest(D, List.of(line("1", "10", "20")),
                List.of(Reduction.amount(ReductionType.RABAIS, "10.01")), null, null, null, null, null)))
                .hasFieldOrPropertyWithValue("field", "reductions[0].amount");
        assertThatThrownBy(() -> InvoiceRequest.of(D, List.of(line("1.0001", "10", "20"))))
                .hasFieldOrPropertyWithValue("field", "lines[0].quantity");
        // 999 999 999 × 9 999 999 999 999.99 does not fit a long number of cents: refused, not a 500
        assertThatThrownBy(() -> calc.compute(InvoiceRequest.of(D, List.of(line("999999999", "9999999999999.99", "20")))))
                .hasFieldOrPropertyWithValue("field", "lines[0].quantity")
                .hasFieldOrPropertyWithValue("problemType", "amount-too-large");
    }

    /** Property: on every invoice TTC = HT + TVA, the bases add up to HT, the entry balances (500 seeded cases). */
    @Test
    void property_ttc_is_ht_plus_vat_on_every_invoice() {
        String[] rates = {"20", "10", "5.5", "2.1"};
        for (long seed = 1; seed <= 500; seed++) {
            Random rnd = new Random(seed);
            List<InvoiceLine> lines = new ArrayList<>();
            int n = rnd.nextInt(8);
            for (int i = 0; i < n; i++) {
                lines.add(new InvoiceLine("l" + i, BigDecimal.valueOf(rnd.nextInt(5000), rnd.nextInt(4)),
                        Money.ofCents(rnd.nextInt(100_000)), new BigDecimal(rates[rnd.nextInt(4)]),
                        rnd.nextBoolean() ? Nature.GOODS : Nature.SERVICES));
            }
            List<Reduction> reds = new ArrayList<>();
            for (int i = rnd.nextInt(3); i > 0; i--) {
                reds.add(Reduction.rate(ReductionType.values()[rnd.nextInt(3)], BigDecimal.valueOf(rnd.nextInt(3000), 2).toPlainString()));
            }
            BigDecimal escompte = BigDecimal.valueOf(rnd.nextInt(500), 2);
            Money port = n == 0 ? Money.ZERO : Money.ofCents(rnd.nextInt(5000));
            Money deposit = Money.ofCents(rnd.nextInt(10_000));
            VatRounding rounding = rnd.nextBoolean() ? VatRounding.PER_RATE : VatRounding.PER_LINE;
            InvoiceKind kind = rnd.nextInt(4) == 0 ? InvoiceKind.CREDIT_NOTE : InvoiceKind.INVOICE;
            var in = new InvoiceRequest(D, lines, reds, escompte, port,
                    kind == InvoiceKind.CREDIT_NOTE ? null : deposit, rounding, kind);
            var r = calc.compute(in);
            String msg = "seed " + seed;
            assertThat(r.totalExclVat().plus(r.totalVat())).as(msg).isEqualTo(r.totalInclVat());
            assertThat(Money.total(r.vat().stream().map(InvoiceComputation.VatAmount::base).toList())).as(msg).isEqualTo(r.totalExclVat());
            assertThat(Money.total(r.vat().stream().map(InvoiceComputation.VatAmount::amount).toList())).as(msg).isEqualTo(r.totalVat());
            assertThat(r.totalInclVat().minus(r.deposit())).as(msg).isEqualTo(r.amountDue());
            assertThat(r.netFinancial().plus(r.cashDiscount())).as(msg).isEqualTo(r.netCommercial());
            assertThat(r.journalEntry().balanced()).as(msg).isTrue();
            // per-line and per-rate differ by at most half a cent per line (+ the port line)
            var other = calc.compute(in.withRounding(rounding == VatRounding.PER_RATE ? VatRounding.PER_LINE : VatRounding.PER_RATE));
            assertThat(Math.abs(other.totalVat().cents() - r.totalVat().cents())).as(msg).isLessThanOrEqualTo((n + 2) / 2 + 1);
        }
    }
}
