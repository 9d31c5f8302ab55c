package fr.agora.domain.bank;

import fr.agora.domain.shared.Money;

/**
 * Same reference, a different amount that is not a transposition (e.g. 145 / 160): reported for a human to look at,
 * never matched. {@code differenceDivisibleByNine} (in cents) is the textbook hint of a slide or transposition error.
 */
public record NearMiss(String bookEntryId, String statementLineId, String reference, Money bookAmount,
                       Money statementAmount, Money difference, boolean differenceDivisibleByNine) {

    public NearMiss(String bookEntryId, String statementLineId, String reference, Money bookAmount,
                    Money statementAmount, Money difference) {
        this(bookEntryId, statementLineId, reference, bookAmount, statementAmount, difference,
                difference.cents() % 9 == 0);
    }
}
