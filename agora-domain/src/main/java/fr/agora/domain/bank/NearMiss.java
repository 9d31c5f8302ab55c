package fr.agora.domain.bank;

import fr.agora.domain.shared.Money;

/** Same reference, different amount (e.g. a transposition 145 / 154): reported, never matched. */
public record NearMiss(String bookEntryId, String statementLineId, String reference, Money bookAmount,
                       Money statementAmount, Money difference) {
}
