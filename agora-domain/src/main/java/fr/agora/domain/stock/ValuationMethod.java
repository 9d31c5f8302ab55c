package fr.agora.domain.stock;

/** How exits are valued on a fiche de stock (../shared/RULES-REFERENCE.md §7). */
public enum ValuationMethod {
    /** Coût moyen unitaire pondéré recomputed after each receipt; exits never change it. */
    CMUP_PER_RECEIPT,
    /** One CMUP for the period: (initial stock + Σ receipts) ÷ (initial quantity + Σ received quantities). */
    CMUP_PERIOD,
    /** First in, first out (PEPS): exits consume the oldest lots first, one row per lot consumed. */
    FIFO
}
