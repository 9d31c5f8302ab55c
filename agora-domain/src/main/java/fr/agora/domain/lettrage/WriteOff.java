package fr.agora.domain.lettrage;

import fr.agora.domain.shared.Money;

/**
 * The write-off entry closing a group within tolerance, as a journal prints it: a positive {@code amount} on an
 * oriented account. A debit left on the third party (customer underpaid) is a charge: D 658 / C third party. A credit
 * left (overpaid) is a product: D third party / C 758. {@code account} is the 658 or 758 side.
 */
public record WriteOff(String account, Money amount, String debitAccount, String creditAccount) {
    /** Charges diverses de gestion courante (PCG 658). */
    public static final String CHARGE_ACCOUNT = "658";
    /** Produits divers de gestion courante (PCG 758). */
    public static final String PRODUCT_ACCOUNT = "758";

    public WriteOff {
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a write-off amount is positive: " + amount);
        }
    }

    /** @param groupBalance the group's debit − credit before the write-off (non-zero) */
    public static WriteOff of(String thirdPartyAccount, Money groupBalance) {
        return groupBalance.isPositive()
                ? new WriteOff(CHARGE_ACCOUNT, groupBalance, CHARGE_ACCOUNT, thirdPartyAccount)
                : new WriteOff(PRODUCT_ACCOUNT, groupBalance.abs(), thirdPartyAccount, PRODUCT_ACCOUNT);
    }

    /** The group's debit − credit that the write-off clears: + amount for 658, − amount for 758. */
    public Money groupBalance() {
        return CHARGE_ACCOUNT.equals(account) ? amount : amount.negate();
    }
}
