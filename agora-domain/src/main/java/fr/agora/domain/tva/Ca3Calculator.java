package fr.agora.domain.tva;

import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The 3310-CA3 (régime réel normal) of a period, from its operations (RULES-REFERENCE §1.4, §1.6, §1.8; line map of
 * the OCA l10n_fr_account_vat_return box CSV). {@link #compute} reads as the return is filled in:
 *
 * <ol>
 *   <li>{@link #exigibleInPeriod}: for each operation, the part of its TVA exigible within [from, to]
 *       ({@link Exigibility}); the tax of a line is its base × rate rounded half up to the cent. Sales net of sales
 *       credit notes → A1 and the rate line (08, 9B, 09, T6, 13); exempt sales → E1 (exports), E2 (other non-taxable
 *       operations, reverse charge) or F2 (intra-EU deliveries); intra-EU acquisitions of goods → B2, of services →
 *       A3, their self-assessed tax on the rate line, "dont" line 17 (goods) and the same tax deducted on line 20 (19
 *       for a fixed asset); purchases net of supplier credit notes → line 20 (19 for fixed assets).</li>
 *   <li>{@link #regulariseNegativeLines}: a rate line whose net is negative is left at zero, its tax goes to line 21
 *       and its base to B5; a negative deductible line (19/20) is left at zero and its amount goes to line 15; a
 *       negative non-taxed line (E1, E2, F2) is left at zero and goes to F8.</li>
 *   <li>{@link #reportOperations}, {@link #reportGrossVatDue}, {@link #reportDeductibleVat}: each box is rounded to
 *       the euro, half up; the totals are sums of rounded boxes: 16 = rate lines + 15; 23 = 19 + 20 + 21 + 22
 *       (22 = previous line 27).</li>
 *   <li>{@link #reportVatDueOrCredit}: if 16 ≥ 23, TD = 16 − 23, 28 = TD, 32 = 28; else 25 = 23 − 16, 26 = refund
 *       requested (≤ 25), 27 = 25 − 26.</li>
 *   <li>{@link #withRoundingDifference}: declared net (TD − 25) − exact net (collected − deductible − previous
 *       credit): positive → 658 (charge), negative → 758 (produit).</li>
 * </ol>
 */
public final class Ca3Calculator {

    /** The form's line order, for the output map. */
    static final List<String> ORDER = Ca3Form.ORDER;

    private final Exigibility exigibility;

    public Ca3Calculator(VatRateTable rates) {
        this.exigibility = new Exigibility(Objects.requireNonNull(rates, "rates"));
    }

    public Ca3Return compute(LocalDate from, LocalDate to, Money previousCredit, Money refundRequested,
            List<Operation> operations) {
        checkPeriod(from, to);
        Money credit = nonNegativeOrZero(previousCredit, "previousCredit");
        Money refund = nonNegativeOrZero(refundRequested, "refundRequested");
        Amounts.required(operations, "operations");

        ExigibleAmounts exigible = exigibleInPeriod(from, to, operations);
        Money exactNet = exigible.exactNetVat(credit);
        PeriodTotals totals = regulariseNegativeLines(exigible);
        Ca3Form form = new Ca3Form();
        reportOperations(form, totals);
        Money grossVatDue = reportGrossVatDue(form, totals);
        Money totalDeductible = reportDeductibleVat(form, totals, credit);
        Balance balance = reportVatDueOrCredit(form, grossVatDue, totalDeductible, refund);
        return withRoundingDifference(from, to, form, balance, exactNet);
    }

    /** The exact totals of a period after the negative-period rules, before rounding to the euro. */
    record PeriodTotals(Money[] rateBase, Money[] rateTax, Money[] nonTaxedBase, Money sales, Money servicesAcquired,
            Money goodsAcquired, Money regularisedBase, Money regularisedNonTaxedBase, Money deductionToRepay,
            Money selfAssessedTaxOnGoods, Money deductibleOnFixedAssets, Money deductibleOnOtherPurchases,
            Money otherDeductible) {
    }

    /** The bottom of the form in euros: TVA due (TD = 28 = 32), or credit (25), refund (26), carried forward (27). */
    record Balance(Money vatDue, Money credit, Money refund, Money carriedForward) {
    }

    private static void checkPeriod(LocalDate from, LocalDate to) {
        Amounts.required(from, "period.from");
        Amounts.required(to, "period.to");
        if (to.isBefore(from)) {
            throw new InvalidInputException("invalid-period", "period.to", "the period ends before it starts", Map.of());
        }
    }

    private static Money nonNegativeOrZero(Money m, String field) {
        if (m == null) {
            return Money.ZERO;
        }
        if (m.isNegative()) {
            throw new InvalidInputException("negative-value", field, "'" + field + "' must not be negative", Map.of());
        }
        return m;
    }

    /** Step 1: the exact amounts the period's exigible operations put on each line (hot loop, in cents). */
    ExigibleAmounts exigibleInPeriod(LocalDate from, LocalDate to, List<Operation> operations) {
        ExigibleAmounts acc = new ExigibleAmounts();
        for (int k = 0; k < operations.size(); k++) {
            String field = "operations[" + k + "]";
            Operation op = Operations.check(operations.get(k), field);
            Exigibility.ResolvedLine[] lines = exigibility.resolve(op, field);
            for (Exigibility.Event e : exigibility.events(op, lines)) {
                if (e.date().isBefore(from) || e.date().isAfter(to)) {
                    continue;
                }
                for (int i = 0; i < lines.length; i++) {
                    acc.add(op, lines[i].rate(), e.baseCents()[i], e.taxCents()[i]);
                }
            }
        }
        return acc;
    }

    /** Step 2: no negative line on the form; what would be negative moves to B5/21, 15 or F8. */
    static PeriodTotals regulariseNegativeLines(ExigibleAmounts a) {
        int n = ExigibleAmounts.RATE_LINES.length;
        Money[] base = new Money[n];
        Money[] tax = new Money[n];
        long regularisedBase = 0;
        long otherDeductible = 0;
        for (int r = 0; r < n; r++) {
            boolean negative = a.taxByRateLine[r] < 0 || a.baseByRateLine[r] < 0;
            regularisedBase -= negative ? a.baseByRateLine[r] : 0;
            otherDeductible -= negative ? a.taxByRateLine[r] : 0;
            base[r] = Money.ofCents(negative ? 0 : a.baseByRateLine[r]);
            tax[r] = Money.ofCents(negative ? 0 : a.taxByRateLine[r]);
        }
        Money[] nonTaxed = new Money[ExigibleAmounts.NON_TAXED_LINES.length];
        long regularisedNonTaxed = 0;
        for (int e = 0; e < nonTaxed.length; e++) {
            long b = a.baseByNonTaxedLine[e];
            regularisedNonTaxed -= Math.min(b, 0);
            nonTaxed[e] = Money.ofCents(Math.max(b, 0));
        }
        long toRepay = -Math.min(a.deductibleOnFixedAssets, 0) - Math.min(a.deductibleOnOtherPurchases, 0);
        return new PeriodTotals(base, tax, nonTaxed, Money.ofCents(Math.max(a.salesBase, 0)),
                Money.ofCents(a.servicesAcquiredBase), Money.ofCents(a.goodsAcquiredBase), Money.ofCents(regularisedBase),
                Money.ofCents(regularisedNonTaxed), Money.ofCents(toRepay), Money.ofCents(a.selfAssessedTaxOnGoods),
                Money.ofCents(Math.max(a.deductibleOnFixedAssets, 0)),
                Money.ofCents(Math.max(a.deductibleOnOtherPurchases, 0)), Money.ofCents(otherDeductible));
    }

    /** Step 3a: cadre A, the operations' bases (taxed A1, A3, B2, B5; non-taxed E1, E2, F2, F8). */
    static void reportOperations(Ca3Form form, PeriodTotals t) {
        form.amount("A1", Ca3Form.toEuro(t.sales()), false);
        form.amount("A3", Ca3Form.toEuro(t.servicesAcquired()), false);
        form.amount("B2", Ca3Form.toEuro(t.goodsAcquired()), false);
        form.amount("B5", Ca3Form.toEuro(t.regularisedBase()), false);
        for (int e = 0; e < t.nonTaxedBase().length; e++) {
            form.amount(ExigibleAmounts.NON_TAXED_LINES[e], Ca3Form.toEuro(t.nonTaxedBase()[e]), false);
        }
        form.amount("F8", Ca3Form.toEuro(t.regularisedNonTaxedBase()), false);
    }

    /** Step 3b: the rate lines, line 15 and their total, line 16 (TVA brute due); "dont" line 17. */
    static Money reportGrossVatDue(Ca3Form form, PeriodTotals t) {
        Money line16 = Money.ZERO;
        for (int r = 0; r < t.rateTax().length; r++) {
            Money tax = Ca3Form.toEuro(t.rateTax()[r]);
            form.baseAndTax(ExigibleAmounts.RATE_LINES[r], Ca3Form.toEuro(t.rateBase()[r]), tax);
            line16 = line16.plus(tax);
        }
        Money line15 = Ca3Form.toEuro(t.deductionToRepay());
        form.amount("15", line15, false);
        line16 = line16.plus(line15);
        form.amount("16", line16, true);
        form.amount("17", Ca3Form.toEuro(t.selfAssessedTaxOnGoods()), false);
        return line16;
    }

    /** Step 3c: the deductible lines 19, 20, 21, the credit carried from the previous return (22), total 23. */
    static Money reportDeductibleVat(Ca3Form form, PeriodTotals t, Money previousCredit) {
        Money line19 = Ca3Form.toEuro(t.deductibleOnFixedAssets());
        Money line20 = Ca3Form.toEuro(t.deductibleOnOtherPurchases());
        Money line21 = Ca3Form.toEuro(t.otherDeductible());
        Money line22 = Ca3Form.toEuro(previousCredit);
        form.amount("19", line19, false);
        form.amount("20", line20, false);
        form.amount("21", line21, false);
        form.amount("22", line22, false);
        Money line23 = line19.plus(line20).plus(line21).plus(line22);
        form.amount("23", line23, true);
        return line23;
    }

    /** Step 4: TVA due (TD = 28 = 32) when 16 ≥ 23, else the credit (25), the refund asked (26) and the rest (27). */
    static Balance reportVatDueOrCredit(Ca3Form form, Money line16, Money line23, Money refundRequested) {
        Money refund = Ca3Form.toEuro(refundRequested);
        if (line16.compareTo(line23) >= 0) {
            if (!refund.isZero()) {
                throw new InvalidInputException("refund-without-credit", "refundRequested",
                        "a refund can only be requested on a credit (line 25)", Map.of("refundRequested", refundRequested.toString()));
            }
            Money due = line16.minus(line23);
            form.amount("TD", due, true);
            form.amount("28", due, true);
            form.amount("32", due, true);
            return new Balance(due, Money.ZERO, Money.ZERO, Money.ZERO);
        }
        Money line25 = line23.minus(line16);
        if (refund.compareTo(line25) > 0) {
            throw new InvalidInputException("refund-exceeds-credit", "refundRequested",
                    "the refund requested (" + refund.amount().longValue() + ") exceeds the credit of line 25 ("
                            + line25.amount().longValue() + ")",
                    Map.of("refundRequested", refundRequested.toString(), "credit", line25.toString()));
        }
        Money line27 = line25.minus(refund);
        form.amount("25", line25, true);
        form.amount("26", refund, false);
        form.amount("27", line27, true);
        return new Balance(Money.ZERO, line25, refund, line27);
    }

    /** Step 5: the return, with the difference between the declared euros and the exact books (658 / 758). */
    static Ca3Return withRoundingDifference(LocalDate from, LocalDate to, Ca3Form form, Balance b, Money exactNet) {
        Money declaredNet = b.vatDue().minus(b.credit());
        Money diff = declaredNet.minus(exactNet);
        String account = diff.isPositive() ? "658" : diff.isNegative() ? "758" : null;
        return new Ca3Return(from, to, form.boxes(), b.vatDue(), b.carriedForward(), b.refund(), diff.abs(), account,
                exactNet);
    }
}
