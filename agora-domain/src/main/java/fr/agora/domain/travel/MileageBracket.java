package fr.agora.domain.travel;

import java.math.BigDecimal;

/**
 * One cell of the barème: for an annual distance d from {@code fromKm} to {@code toKm} (inclusive; {@code null} = no
 * upper limit) the allowance is d × {@code ratePerKm} + {@code fixedAmount}.
 */
public record MileageBracket(int fromKm, Integer toKm, BigDecimal ratePerKm, BigDecimal fixedAmount) {

    boolean contains(long km) {
        return km >= fromKm && (toKm == null || km <= toKm);
    }

    /** "5 001–20 000 km", "over 20 000 km". */
    public String label() {
        if (toKm == null) {
            return "over " + group(fromKm - 1) + " km";
        }
        return group(fromKm) + "–" + group(toKm) + " km";
    }

    private static String group(int km) {
        return String.format(java.util.Locale.ROOT, "%,d", km).replace(',', ' ');
    }
}
