package fr.agora.domain.tva;

import fr.agora.domain.shared.Money;

/**
 * The exact amounts (in cents, before any rounding to the euro) that a period's exigible operations put on each line
 * of the CA3: the hot loop of the return, so plain {@code long} accumulators named after what they hold; every
 * later step reads them as {@link Money}.
 */
final class ExigibleAmounts {

    /** The CA3 lines carrying a base and a tax, in the form's order. */
    static final String[] RATE_LINES = {"08", "9B", "09", "T6", "13"};
    /** The lines of the operations that carry no French TVA (exports, other non-taxable, intra-EU deliveries). */
    static final String[] NON_TAXED_LINES = {"E1", "E2", "F2"};

    final long[] baseByRateLine = new long[RATE_LINES.length];
    final long[] taxByRateLine = new long[RATE_LINES.length];
    final long[] baseByNonTaxedLine = new long[NON_TAXED_LINES.length];
    long salesBase;
    long servicesAcquiredBase;
    long goodsAcquiredBase;
    long selfAssessedTaxOnGoods;
    long deductibleOnFixedAssets;
    long deductibleOnOtherPurchases;

    /** Adds one line's exigible part for an operation of this kind. */
    void add(Operation op, VatRate rate, long base, long tax) {
        switch (op.kind()) {
            case SALE -> addSale(rate, base, tax);
            case SALE_CREDIT_NOTE -> addSale(rate, -base, -tax);
            case PURCHASE -> addDeductible(op.fixedAsset(), tax);
            case PURCHASE_CREDIT_NOTE -> addDeductible(op.fixedAsset(), -tax);
            case INTRA_EU_ACQUISITION -> addSelfAssessed(op, rate, base, tax);
        }
    }

    private void addSale(VatRate rate, long base, long tax) {
        int r = indexOf(RATE_LINES, rate.ca3Line());
        if (r >= 0) {
            salesBase += base;
            baseByRateLine[r] += base;
            taxByRateLine[r] += tax;
            return;
        }
        int e = indexOf(NON_TAXED_LINES, rate.ca3Line());
        if (e < 0) {
            throw new IllegalStateException("rate " + rate.code() + " maps to CA3 line " + rate.ca3Line()
                    + ", which this return does not carry");
        }
        baseByNonTaxedLine[e] += base;
    }

    private void addDeductible(boolean fixedAsset, long tax) {
        if (fixedAsset) {
            deductibleOnFixedAssets += tax;
        } else {
            deductibleOnOtherPurchases += tax;
        }
    }

    /** Autoliquidation: the base on B2 (goods) or A3 (services) and the rate line, the tax collected and deducted. */
    private void addSelfAssessed(Operation op, VatRate rate, long base, long tax) {
        int r = indexOf(RATE_LINES, rate.ca3Line());
        if (op.nature() == Nature.GOODS) {
            goodsAcquiredBase += base;
            selfAssessedTaxOnGoods += tax;
        } else {
            servicesAcquiredBase += base;
        }
        baseByRateLine[r] += base;
        taxByRateLine[r] += tax;
        addDeductible(op.fixedAsset(), tax);
    }

    /** Collected − deductible − previous credit, exact: what the books hold before rounding to the euro. */
    Money exactNetVat(Money previousCredit) {
        long collected = 0;
        for (long t : taxByRateLine) {
            collected += t;
        }
        return Money.ofCents(collected - deductibleOnFixedAssets - deductibleOnOtherPurchases).minus(previousCredit);
    }

    private static int indexOf(String[] codes, String code) {
        for (int i = 0; i < codes.length; i++) {
            if (codes[i].equals(code)) {
                return i;
            }
        }
        return -1;
    }
}
