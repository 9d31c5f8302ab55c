package fr.agora.domain.bank;

/** Which layer of the matching engine made a match, in the order the layers run. */
public enum MatchRule {
    /** Same reference (in the reference field or found in the label) and same amount. */
    REFERENCE,
    /** Same amount, dates within the tolerance; ties broken by closest date, then earliest entry. */
    AMOUNT_DATE,
    /** Several book entries whose sum is one statement line (e.g. a grouped deposit). */
    MANY_ENTRIES_TO_ONE_LINE,
    /** Several statement lines whose sum is one book entry. */
    MANY_LINES_TO_ONE_ENTRY
}
