package fr.agora.domain.bank;

/**
 * The chart-of-accounts choices of the bank reconciliation (plan comptable général, ANC 2014-03), in one place:
 * every adjusting or correcting entry takes its accounts from here or from the counterpart given on the input.
 */
public final class BankAccounts {
    /** Banques: the account being reconciled. */
    public static final String BANK = "512";
    /** Compte d'attente: where a movement waits when no counterpart account was given. */
    public static final String SUSPENSE = "471";
    /** TVA déductible sur autres biens et services: the VAT on bank fees. */
    public static final String DEDUCTIBLE_VAT = "44566";

    private BankAccounts() {
    }
}
