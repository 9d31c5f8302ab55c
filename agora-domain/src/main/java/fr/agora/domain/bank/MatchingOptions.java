package fr.agora.domain.bank;

import fr.agora.domain.shared.InvalidInputException;

/**
 * Tuning of the matching engine. {@code maxGroupSize} and {@code maxCandidates} bound the many-to-one search
 * (subset sums are tried among at most {@code maxCandidates} open items inside the date window).
 */
public record MatchingOptions(int dateToleranceDays, int maxCandidates, int maxGroupSize) {
    public static final int DEFAULT_DATE_TOLERANCE_DAYS = 5;

    public MatchingOptions {
        if (dateToleranceDays < 0 || dateToleranceDays > 366) {
            throw new InvalidInputException("options.dateToleranceDays", "must be between 0 and 366");
        }
        if (maxCandidates < 1 || maxCandidates > 20) {
            throw new InvalidInputException("options.maxCandidates", "must be between 1 and 20");
        }
        if (maxGroupSize < 2 || maxGroupSize > maxCandidates) {
            throw new InvalidInputException("options.maxGroupSize", "must be between 2 and maxCandidates");
        }
    }

    public static MatchingOptions defaults() {
        return new MatchingOptions(DEFAULT_DATE_TOLERANCE_DAYS, 12, 4);
    }

    public static MatchingOptions withTolerance(int days) {
        return new MatchingOptions(days, 12, 4);
    }
}
