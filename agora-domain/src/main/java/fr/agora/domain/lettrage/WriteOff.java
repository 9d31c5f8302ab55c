package fr.agora.domain.lettrage;

import fr.agora.domain.shared.Money;

/**
 * The write-off entry closing a group within tolerance. {@code amount} is the group's debit − credit before it:
 * positive (debit left, e.g. customer underpaid) → D 658 / C third-party account; negative → D account / C 758.
 */
public record WriteOff(String account, Money amount, String debitAccount, String creditAccount) {
    public static final String CHARGE_ACCOUNT = "658";
    public static final String PRODUCT_ACCOUNT = "758";

    public static WriteOff of(String thirdPartyAccount, Money amount) {
        return amount.isPositive()
                ? new WriteOff(CHARGE_ACCOUNT, amount, CHARGE_ACCOUNT, thirdPartyAccount)
                : new WriteOff(PRODUCT_ACCOUNT, amount, thirdPartyAccount, PRODUCT_ACCOUNT);
    }
}
