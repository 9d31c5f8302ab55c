package fr.agora.domain.bank;

/** Which step of the pointage made a match, in the order the steps run. */
public enum MatchRule {
    /** Same reference (in the reference field or found in the label) and same amount. */
    REFERENCE,
    /** Same amount, dates within the tolerance; ties broken by closest date, then earliest entry. */
    AMOUNT_DATE,
    /** Several book entries whose sum is one statement line (e.g. a grouped deposit). */
    MANY_ENTRIES_TO_ONE_LINE,
    /** Several statement lines whose sum is one book entry. */
    MANY_LINES_TO_ONE_ENTRY,
    /**
     * Same reference, amounts written with the same digits in another order (145 booked, 154 debited): the same
     * operation booked with a transposition error; matched with a correcting entry for the difference.
     */
    REFERENCE_WITH_CORRECTION
}
