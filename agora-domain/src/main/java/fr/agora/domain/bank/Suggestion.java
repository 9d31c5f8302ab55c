package fr.agora.domain.bank;

/**
 * A pair the pointage would have ticked under {@code rule} but did not, because the two items contradict each other
 * ({@code reason}, with the two values that differ): to be confirmed by a human. Both items stay in the suspens.
 */
public record Suggestion(String bookEntryId, String statementLineId, MatchRule rule, Reason reason,
                         String bookValue, String statementValue) {

    public enum Reason {
        /** Both carry a counterpart account, and neither is a sub-account of the other (401 vs 431). */
        COUNTERPART_ACCOUNTS_DIFFER,
        /** Both carry a reference, and they differ. */
        REFERENCES_DIFFER
    }
}
