package fr.agora.domain.bank;

/**
 * When two items cannot be the same operation whatever their amounts and dates: both name a counterpart account and
 * neither is a sub-account of the other (401 and 431: a supplier is not URSSAF; 411 and 4111 agree), or both carry a
 * reference and the references differ. Such a pair is never ticked automatically, only suggested.
 */
final class Counterparties {
    private Counterparties() {
    }

    static boolean accountsContradict(String a, String b) {
        return a != null && b != null && !a.startsWith(b) && !b.startsWith(a);
    }

    /** Accounts of item {@code i} of {@code a} and item {@code j} of {@code b}; false when a side gives none. */
    static boolean accountsContradict(Side a, int i, Side b, int j) {
        return a.anyAccount && b.anyAccount && accountsContradict(a.account[i], b.account[j]);
    }

    static boolean referencesContradict(String a, String b) {
        return a != null && b != null && !a.equals(b);
    }

    /** False when no pair of these two sides can contradict (one side gives no accounts, no references …). */
    static boolean possible(Side a, Side b) {
        return a.anyAccount && b.anyAccount || a.anyReference && b.anyReference;
    }

    /** Why item {@code i} of {@code a} and item {@code j} of {@code b} contradict, or null when they do not. */
    static Suggestion.Reason contradiction(Side a, int i, Side b, int j) {
        if (accountsContradict(a, i, b, j)) {
            return Suggestion.Reason.COUNTERPART_ACCOUNTS_DIFFER;
        }
        if (a.anyReference && b.anyReference && referencesContradict(a.reference[i], b.reference[j])) {
            return Suggestion.Reason.REFERENCES_DIFFER;
        }
        return null;
    }
}
