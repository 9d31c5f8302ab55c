package fr.agora.domain.tva;

import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Money;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The 3310-CA3 (régime réel normal) of a period, from its operations (RULES-REFERENCE §1.4, §1.6, §1.8; line map of
 * the OCA l10n_fr_account_vat_return box CSV).
 *
 * <ol>
 *   <li>For each operation, the part of its TVA exigible within [from, to] ({@link Exigibility}); the tax of a line
 *       is its base × rate rounded half up to the cent.</li>
 *   <li>Sales net of sales credit notes → A1 and the rate line (08, 9B, 09, T6, 13); intra-EU acquisitions of goods
 *       → B2, of services → A3, their self-assessed tax on the rate line, "dont" line 17 (goods) and the same tax
 *       deducted on line 20 (19 for a fixed asset).</li>
 *   <li>Purchases net of supplier credit notes → line 20 (line 19 for fixed assets).</li>
 *   <li>Negative period: a rate line whose net is negative is left at zero; its tax goes to line 21 and its base to
 *       B5; a negative deductible line (19/20) is left at zero and its amount goes to line 15.</li>
 *   <li>Each box is rounded to the euro, half up; the totals are sums of rounded boxes:
 *       16 = rate lines + 15; 23 = 19 + 20 + 21 + 22 (22 = previous line 27); if 16 ≥ 23, TD = 16 − 23, 28 = TD,
 *       32 = 28; else 25 = 23 − 16, 26 = refund requested (≤ 25), 27 = 25 − 26.</li>
 *   <li>Rounding difference = declared net (TD − 25) − exact net (collected − deductible − previous credit, in
 *       cents): positive → 658 (charge), negative → 758 (produit).</li>
 * </ol>
 */
public final class Ca3Calculator {

    /** The form's line order, for the output map. */
    static final List<String> ORDER = List.of("A1", "A3", "B2", "B5", "08", "9B", "09", "T6", "13", "15", "16", "17",
            "19", "20", "21", "22", "23", "25", "26", "27", "TD", "28", "32");

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("A1", "Ventes, prestations de services"),
            Map.entry("A3", "Achats de services auprès d'un assujetti non établi en France (art. 283-2)"),
            Map.entry("B2", "Acquisitions intracommunautaires"),
            Map.entry("B5", "Régularisations"),
            Map.entry("08", "Taux normal 20 %"),
            Map.entry("9B", "Taux réduit 10 %"),
            Map.entry("09", "Taux réduit 5,5 %"),
            Map.entry("T6", "Taux 2,1 % (France continentale)"),
            Map.entry("13", "Anciens taux"),
            Map.entry("15", "TVA antérieurement déduite à reverser"),
            Map.entry("16", "Total de la TVA brute due"),
            Map.entry("17", "Dont TVA sur acquisitions intracommunautaires"),
            Map.entry("19", "TVA déductible sur biens constituant des immobilisations"),
            Map.entry("20", "TVA déductible sur autres biens et services"),
            Map.entry("21", "Autre TVA à déduire"),
            Map.entry("22", "Report du crédit apparaissant ligne 27 de la précédente déclaration"),
            Map.entry("23", "Total TVA déductible"),
            Map.entry("25", "Crédit de TVA (ligne 23 − ligne 16)"),
            Map.entry("26", "Remboursement de crédit demandé"),
            Map.entry("27", "Crédit de TVA à reporter (ligne 25 − ligne 26)"),
            Map.entry("TD", "TVA due (ligne 16 − ligne 23)"),
            Map.entry("28", "TVA nette due"),
            Map.entry("32", "Total à payer"));

    private static final List<String> RATE_LINES = List.of("08", "9B", "09", "T6", "13");

    private final Exigibility exigibility;

    public Ca3Calculator(VatRateTable rates) {
        this.exigibility = new Exigibility(Objects.requireNonNull(rates, "rates"));
    }

    public Ca3Return compute(LocalDate from, LocalDate to, Money previousCredit, Money refundRequested,
            List<Operation> operations) {
        Amounts.required(from, "period.from");
        Amounts.required(to, "period.to");
        if (to.isBefore(from)) {
            throw new InvalidInputException("invalid-period", "period.to", "the period ends before it starts", Map.of());
        }
        previousCredit = previousCredit == null ? Money.ZERO : previousCredit;
        refundRequested = refundRequested == null ? Money.ZERO : refundRequested;
        if (previousCredit.isNegative()) {
            throw new InvalidInputException("negative-value", "previousCredit", "'previousCredit' must not be negative", Map.of());
        }
        if (refundRequested.isNegative()) {
            throw new InvalidInputException("negative-value", "refundRequested", "'refundRequested' must not be negative", Map.of());
        }
        Amounts.required(operations, "operations");

        // exact accumulators, in cents, indexed by rate line
        long[] rateBase = new long[RATE_LINES.size()];
        long[] rateTax = new long[RATE_LINES.size()];
        long a1 = 0;
        long a3 = 0;
        long b2 = 0;
        long l17 = 0;
        long l19 = 0;
        long l20 = 0;
        for (int k = 0; k < operations.size(); k++) {
            String field = "operations[" + k + "]";
            Operation op = Operations.check(operations.get(k), field);
            Exigibility.ResolvedLine[] lines = exigibility.resolve(op, field);
            for (Exigibility.Event e : exigibility.events(op, lines)) {
                if (e.date().isBefore(from) || e.date().isAfter(to)) {
                    continue;
                }
                for (int i = 0; i < lines.length; i++) {
                    long base = e.baseCents()[i];
                    long tax = e.taxCents()[i];
                    int r = RATE_LINES.indexOf(lines[i].rate().ca3Line());
                    if (r < 0) {
                        throw new IllegalStateException("rate " + lines[i].rate().code() + " maps to CA3 line "
                                + lines[i].rate().ca3Line() + ", which this return does not carry");
                    }
                    switch (op.kind()) {
                        case SALE -> {
                            a1 += base;
                            rateBase[r] += base;
                            rateTax[r] += tax;
                        }
                        case SALE_CREDIT_NOTE -> {
                            a1 -= base;
                            rateBase[r] -= base;
                            rateTax[r] -= tax;
                        }
                        case PURCHASE -> {
                            if (op.fixedAsset()) {
                                l19 += tax;
                            } else {
                                l20 += tax;
                            }
                        }
                        case PURCHASE_CREDIT_NOTE -> {
                            if (op.fixedAsset()) {
                                l19 -= tax;
                            } else {
                                l20 -= tax;
                            }
                        }
                        case INTRA_EU_ACQUISITION -> {
                            if (op.nature() == Nature.GOODS) {
                                b2 += base;
                                l17 += tax;
                            } else {
                                a3 += base;
                            }
                            rateBase[r] += base;
                            rateTax[r] += tax;
                            if (op.fixedAsset()) {
                                l19 += tax;
                            } else {
                                l20 += tax;
                            }
                        }
                    }
                }
            }
        }
        long exactNet = 0;
        for (long t : rateTax) {
            exactNet += t;
        }
        exactNet = exactNet - l19 - l20 - previousCredit.cents();

        // negative periods: never a negative rate line
        long b5 = 0;
        long l21 = 0;
        long l15 = 0;
        for (int r = 0; r < RATE_LINES.size(); r++) {
            if (rateTax[r] < 0 || rateBase[r] < 0) {
                b5 -= rateBase[r];
                l21 -= rateTax[r];
                rateBase[r] = 0;
                rateTax[r] = 0;
            }
        }
        if (a1 < 0) {
            a1 = 0;
        }
        if (l19 < 0) {
            l15 -= l19;
            l19 = 0;
        }
        if (l20 < 0) {
            l15 -= l20;
            l20 = 0;
        }

        // boxes to the euro; totals from the rounded boxes
        Map<String, Ca3Box> boxes = new LinkedHashMap<>();
        putAmount(boxes, "A1", eur(a1), false);
        putAmount(boxes, "A3", eur(a3), false);
        putAmount(boxes, "B2", eur(b2), false);
        putAmount(boxes, "B5", eur(b5), false);
        long l16 = 0;
        for (int r = 0; r < RATE_LINES.size(); r++) {
            long tax = eur(rateTax[r]);
            long base = eur(rateBase[r]);
            if (base != 0 || tax != 0) {
                boxes.put(RATE_LINES.get(r), Ca3Box.baseAndTax(RATE_LINES.get(r), LABELS.get(RATE_LINES.get(r)), base, tax));
            }
            l16 += tax;
        }
        long e15 = eur(l15);
        putAmount(boxes, "15", e15, false);
        l16 += e15;
        putAmount(boxes, "16", l16, true);
        putAmount(boxes, "17", eur(l17), false);
        long e19 = eur(l19);
        long e20 = eur(l20);
        long e21 = eur(l21);
        long e22 = eur(previousCredit.cents());
        putAmount(boxes, "19", e19, false);
        putAmount(boxes, "20", e20, false);
        putAmount(boxes, "21", e21, false);
        putAmount(boxes, "22", e22, false);
        long l23 = e19 + e20 + e21 + e22;
        putAmount(boxes, "23", l23, true);
        long td = 0;
        long l25 = 0;
        long l26 = 0;
        long l27 = 0;
        long refund = eur(refundRequested.cents());
        if (l16 >= l23) {
            td = l16 - l23;
            if (refund != 0) {
                throw new InvalidInputException("refund-without-credit", "refundRequested",
                        "a refund can only be requested on a credit (line 25)", Map.of("refundRequested", refundRequested.toString()));
            }
            putAmount(boxes, "TD", td, true);
            putAmount(boxes, "28", td, true);
            putAmount(boxes, "32", td, true);
        } else {
            l25 = l23 - l16;
            l26 = refund;
            if (l26 > l25) {
                throw new InvalidInputException("refund-exceeds-credit", "refundRequested",
                        "the refund requested (" + l26 + ") exceeds the credit of line 25 (" + l25 + ")",
                        Map.of("refundRequested", refundRequested.toString(), "credit", Money.ofCents(l25 * 100).toString()));
            }
            l27 = l25 - l26;
            putAmount(boxes, "25", l25, true);
            putAmount(boxes, "26", l26, false);
            putAmount(boxes, "27", l27, true);
        }
        long declaredNetCents = (td - l25) * 100;
        long diff = declaredNetCents - exactNet;
        return new Ca3Return(from, to, ordered(boxes), Money.ofCents(td * 100), Money.ofCents(l27 * 100),
                Money.ofCents(l26 * 100), Money.ofCents(Math.abs(diff)), diff > 0 ? "658" : diff < 0 ? "758" : null,
                Money.ofCents(exactNet));
    }

    private static long eur(long cents) {
        return Amounts.centsToEuroHalfUp(cents);
    }

    private static void putAmount(Map<String, Ca3Box> boxes, String code, long euros, boolean always) {
        if (always || euros != 0) {
            boxes.put(code, Ca3Box.amount(code, LABELS.get(code), euros));
        }
    }

    private static Map<String, Ca3Box> ordered(Map<String, Ca3Box> boxes) {
        Map<String, Ca3Box> out = new LinkedHashMap<>();
        for (String code : ORDER) {
            Ca3Box b = boxes.get(code);
            if (b != null) {
                out.put(code, b);
            }
        }
        return java.util.Collections.unmodifiableMap(out);
    }
}
