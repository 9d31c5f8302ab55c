package fr.agora.domain.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.domain.invoice.InvoiceComputation.AccessoryShare;
import fr.agora.domain.invoice.InvoiceComputation.InvoiceProblem;
import fr.agora.domain.invoice.InvoiceComputation.VatAmount;
import fr.agora.domain.shared.Money;
import fr.agora.domain.tva.Exemption;
import fr.agora.domain.tva.Nature;
import fr.agora.domain.tva.VatRateTable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, TVA of the invoice chain: accessory charges pro rata, exempt lines and their mentions, the customer's VAT
 * number, the acompte's TVA, TVA on receipts, entries without a zero side. Figures computed by hand in the comments.
 */
class InvoiceTaxRulesTest {

    static final LocalDate D = LocalDate.of(2026, 3, 15);
    final InvoiceCalculator calc = new InvoiceCalculator(VatRateTable.FRANCE);

    static Money m(String s) {
        return Money.of(s);
    }

    static InvoiceLine line(String qty, String pu, String rate) {
        return new InvoiceLine("article", qty, pu, rate);
    }

    static InvoiceRequest request(List<InvoiceLine> lines, Money shipping, List<AccessoryCharge> accessories,
            String customerVatNumber) {
        return new InvoiceRequest(D, lines, null, null, shipping, null, null, null, accessories, customerVatNumber, false);
    }

    @Test
    void a_single_rate_invoice_keeps_every_accessory_charge_at_its_rate() {
        // 2 × 150 @20 % = 300; port 50 + packaging 10 + insurance 5 = 65, all at 20 % (the only rate): base 365, TVA 73
        var r = calc.compute(request(List.of(line("2", "150", "20")), m("50"),
                List.of(new AccessoryCharge(AccessoryCharge.Kind.PACKAGING, m("10")),
                        new AccessoryCharge(AccessoryCharge.Kind.INSURANCE, m("5"))), null));
        assertThat(r.vat()).singleElement().satisfies(v -> {
            assertThat(v.base()).isEqualTo(m("365"));
            assertThat(v.amount()).isEqualTo(m("73"));
        });
        assertThat(r.shippingVatRate()).isEqualByComparingTo("20");
        assertThat(r.accessoryCharges()).isEqualTo(m("65"));
        assertThat(r.accessorySplit()).containsExactly(new AccessoryShare(new BigDecimal("20"), null, m("65")));
        // C 7085 carries the 65 of accessory charges
        assertThat(r.journalEntry().lines()).filteredOn(l -> l.account().equals("7085")).singleElement()
                .satisfies(l -> assertThat(l.credit()).isEqualTo(m("65")));
    }

    @Test
    void port_on_an_invoice_with_a_0_percent_export_line_follows_each_line() {
        // export 1 000 (0 %, EXPORT) + 500 @20 %; port 30 pro rata of HT: 30 × 1 000/1 500 = 20.00 exempt with the
        // export, 30 × 500/1 500 = 10.00 at 20 % → bases 510.00 @20 % (TVA 102.00) and 1 020.00 exempt
        // HT 1 530.00, TVA 102.00, TTC 1 632.00; mention of CGI art. 262 I
        var r = calc.compute(request(List.of(InvoiceLine.exempt("Machine", "1", "1000", Exemption.EXPORT),
                line("1", "500", "20")), m("30"), null, null));
        assertThat(r.vat()).containsExactly(
                new VatAmount(new BigDecimal("20"), "NORMAL", m("510"), m("102"), null),
                new VatAmount(BigDecimal.ZERO, "EXEMPT_EXPORT", m("1020"), Money.ZERO, Exemption.EXPORT));
        assertThat(r.accessorySplit()).extracting(AccessoryShare::amount).containsExactly(m("10"), m("20"));
        assertThat(r.totalInclVat()).isEqualTo(m("1632"));
        assertThat(r.mentions()).containsExactly("Exonération de TVA, art. 262 I du CGI");
        assertThat(r.issuable()).isTrue();
        // D 411 1 632 = C 707 1 500 + C 7085 30 + C 44571 102 (no 0.00 TVA line for the export)
        assertThat(r.journalEntry().lines()).extracting(JournalEntry.Line::account).containsExactly("411", "707", "7085", "44571");
    }

    @Test
    void a_half_cent_of_tva_after_the_port_split_rounds_up() {
        // 100 @20 % and 100 @10 %; port 0.10 split 0.05 / 0.05 → bases 100.05 each
        // 100.05 × 10 % = 10.005 → 10.01 (half up; banker's rounding would give 10.00); 100.05 × 20 % = 20.01
        var r = calc.compute(request(List.of(line("1", "100", "20"), line("1", "100", "10")), m("0.10"), null, null));
        assertThat(r.vat()).extracting(VatAmount::amount).containsExactly(m("20.01"), m("10.01"));
        assertThat(r.totalVat()).isEqualTo(m("30.02"));
        // per line: the port share counts as one line per rate: 20.00 + 0.01 = 20.01; 10.00 + 0.005 → 0.01 = 10.01
        var perLine = calc.compute(request(List.of(line("1", "100", "20"), line("1", "100", "10")), m("0.10"), null, null)
                .withRounding(VatRounding.PER_LINE));
        assertThat(perLine.totalVat()).isEqualTo(m("30.02"));
    }

    @Test
    void a_0_percent_line_needs_its_exemption_and_a_taxed_line_has_none() {
        assertThatThrownBy(() -> InvoiceRequest.of(D, List.of(line("1", "10", "20"), line("1", "10", "0"))))
                .hasFieldOrPropertyWithValue("field", "lines[1].exemption")
                .hasFieldOrPropertyWithValue("problemType", "missing-exemption");
        assertThatThrownBy(() -> InvoiceRequest.of(D, List.of(new InvoiceLine("a", BigDecimal.ONE, m("10"),
                new BigDecimal("20"), Nature.GOODS, Exemption.EXPORT))))
                .hasFieldOrPropertyWithValue("field", "lines[0].exemption");
    }

    @Test
    void an_intra_eu_delivery_needs_a_customer_identified_in_another_member_state() {
        var lines = List.of(InvoiceLine.exempt("Pièces", "10", "80", Exemption.INTRA_EU_DELIVERY));
        var ok = calc.compute(request(lines, null, null, "DE 123 456 789"));
        assertThat(ok.issuable()).isTrue();
        assertThat(ok.totalVat()).isEqualTo(Money.ZERO);
        assertThat(ok.mentions()).containsExactly("Exonération de TVA, art. 262 ter I du CGI");
        assertThat(problems(calc.compute(request(lines, null, null, null)))).containsExactly("CUSTOMER_VAT_NUMBER_REQUIRED");
        assertThat(problems(calc.compute(request(lines, null, null, "DE12345")))).containsExactly("CUSTOMER_VAT_NUMBER_INVALID");
        // FR83404833048: key (12 + 3 × (404 833 048 mod 97 = 56)) mod 97 = 83, valid but French
        assertThat(problems(calc.compute(request(lines, null, null, "FR83404833048"))))
                .containsExactly("CUSTOMER_NOT_IDENTIFIED_IN_ANOTHER_MEMBER_STATE");
    }

    @Test
    void franchise_and_reverse_charge_carry_their_mentions() {
        var franchise = calc.compute(request(List.of(InvoiceLine.exempt("Cours", "2", "45", Exemption.FRANCHISE_EN_BASE)),
                null, null, null));
        assertThat(franchise.totalInclVat()).isEqualTo(m("90"));
        assertThat(franchise.mentions()).containsExactly("TVA non applicable, art. 293 B du CGI");
        assertThat(franchise.journalEntry().lines()).extracting(JournalEntry.Line::account).containsExactly("411", "707");
        assertThatThrownBy(() -> request(List.of(InvoiceLine.exempt("Cours", "2", "45", Exemption.FRANCHISE_EN_BASE),
                line("1", "10", "20")), null, null, null)).hasFieldOrPropertyWithValue("field", "lines[1].exemption");
        var services = new InvoiceLine("Audit", BigDecimal.ONE, m("1200"), BigDecimal.ZERO, Nature.SERVICES, Exemption.REVERSE_CHARGE);
        var reverse = calc.compute(request(List.of(services), null, null, "BE0123456749"));
        assertThat(reverse.mentions()).containsExactly("Autoliquidation");
        assertThat(reverse.issuable()).isTrue();
        assertThat(problems(calc.compute(request(List.of(services), null, null, null)))).containsExactly("CUSTOMER_VAT_NUMBER_REQUIRED");
    }

    @Test
    void the_tva_already_collected_on_an_acompte_at_two_rates_is_spread_over_them() {
        // 1 000 @20 % (TVA 200) + 1 000 @5.5 % (TVA 55): TTC 2 255; acompte 451 TTC = exactly 20 % of it
        // its TVA: 451 × 255 / 2 255 = 51.00, spread 200:55 → 40.00 and 11.00; its HT 400.00
        // balance: D 411 1 804 + D 4191 400 = C 707 2 000 + C 44571 160 (200 − 40) + C 44571 44 (55 − 11) = 2 204
        var r = calc.compute(new InvoiceRequest(D, List.of(line("1", "1000", "20"), line("1", "1000", "5.5")), null,
                null, null, m("451"), null, null));
        assertThat(r.depositVat()).isEqualTo(m("51"));
        assertThat(r.depositExclVat()).isEqualTo(m("400"));
        assertThat(r.journalEntry().lines()).filteredOn(l -> l.account().equals("44571"))
                .extracting(JournalEntry.Line::credit).containsExactly(m("160"), m("44"));
        assertThat(r.depositJournalEntry().lines()).filteredOn(l -> l.account().equals("44571"))
                .extracting(JournalEntry.Line::credit).containsExactly(m("40"), m("11"));
        assertThat(r.journalEntry().balanced()).isTrue();
        assertThat(r.depositJournalEntry().balanced()).isTrue();
        assertThat(r.amountDue()).isEqualTo(m("1804"));
    }

    @Test
    void tva_due_on_receipts_waits_on_44574() {
        // services 1 000 @20 %, TVA due on payment (CGI art. 269-2-c): C 44574 200 until the customer pays
        var services = new InvoiceLine("Conseil", BigDecimal.ONE, m("1000"), new BigDecimal("20"), Nature.SERVICES);
        var r = calc.compute(new InvoiceRequest(D, List.of(services), null, null, null, null, null, null, null, null, true));
        assertThat(r.journalEntry().lines()).containsExactly(
                new JournalEntry.Line("411", "Clients", m("1200"), Money.ZERO),
                new JournalEntry.Line("706", "Prestations de services", Money.ZERO, m("1000")),
                new JournalEntry.Line("44574", "TVA collectée sur encaissements 20 %", Money.ZERO, m("200")));
        assertThatThrownBy(() -> new InvoiceRequest(D, List.of(line("1", "10", "20")), null, null, null, null, null, null,
                null, null, true)).hasFieldOrPropertyWithValue("field", "vatOnReceipts");
    }

    /** Property: every entry line carries one positive side and a zero other side, and every entry balances. */
    @Test
    void property_entries_never_carry_a_zero_or_negative_amount_on_their_side() {
        String[] rates = {"20", "10", "5.5", "2.1", "0"};
        for (long seed = 1; seed <= 400; seed++) {
            Random rnd = new Random(seed);
            List<InvoiceLine> lines = new ArrayList<>();
            for (int i = 1 + rnd.nextInt(5); i > 0; i--) {
                String rate = rates[rnd.nextInt(rates.length)];
                lines.add(new InvoiceLine("l", BigDecimal.valueOf(rnd.nextInt(50)), Money.ofCents(rnd.nextInt(100_000)),
                        new BigDecimal(rate), Nature.GOODS, rate.equals("0") ? Exemption.EXPORT : null));
            }
            var in = new InvoiceRequest(D, lines, null, BigDecimal.valueOf(rnd.nextInt(300), 2),
                    Money.ofCents(rnd.nextInt(3000)), Money.ofCents(rnd.nextInt(200_000)), null, InvoiceKind.INVOICE,
                    List.of(new AccessoryCharge(AccessoryCharge.Kind.PACKAGING, Money.ofCents(rnd.nextInt(1000)))), null, false);
            var r = calc.compute(rnd.nextInt(4) == 0 ? in.withKind(InvoiceKind.CREDIT_NOTE) : in);
            for (JournalEntry e : r.depositJournalEntry() == null ? List.of(r.journalEntry())
                    : List.of(r.depositJournalEntry(), r.journalEntry())) {
                assertThat(e.balanced()).as("seed %d", seed).isTrue();
                assertThat(e.lines()).as("seed %d", seed).allSatisfy(l -> assertThat(
                        l.debit().isPositive() && l.credit().isZero() || l.credit().isPositive() && l.debit().isZero()).isTrue());
            }
            assertThat(Money.total(r.accessorySplit().stream().map(AccessoryShare::amount).toList()))
                    .as("seed %d", seed).isEqualTo(r.accessoryCharges());
        }
    }

    static List<String> problems(InvoiceComputation r) {
        return r.problems().stream().map(InvoiceProblem::code).toList();
    }
}
