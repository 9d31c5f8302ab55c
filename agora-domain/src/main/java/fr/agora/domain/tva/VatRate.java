package fr.agora.domain.tva;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A dated TVA rate: its value in per cent, when it applies ({@code validTo} inclusive, {@code null} = still in
 * force), the CA3 line that carries its base and tax, and the source of the figure.
 */
public record VatRate(String code, BigDecimal percent, LocalDate validFrom, LocalDate validTo, String ca3Line,
        String label, String source) {

    public VatRate {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(percent, "percent");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(ca3Line, "ca3Line");
        Objects.requireNonNull(source, "source");
        if (percent.scale() > 2 && percent.stripTrailingZeros().scale() > 2) { // at scale ≤ max stripping cannot exceed max
            throw new IllegalArgumentException("a rate has at most two decimals: " + percent);
        }
    }

    public boolean validOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    /** The rate in basis points (20 % → 2000, 5.5 % → 550, 2.1 % → 210), for exact integer arithmetic on cents. */
    public long basisPoints() {
        return percent.movePointRight(2).longValueExact();
    }

    /** The rate as a fraction (20 % → 0.20). */
    public BigDecimal fraction() {
        return percent.movePointLeft(2);
    }
}
