package fr.agora.domain.tva;

import fr.agora.domain.shared.Money;

/**
 * One box of the 3310-CA3, in whole euros: a taxed line has a base and a tax, a total line an amount.
 * {@code code} is the official line code (08, 9B, B2, 16, TD …).
 */
public record Ca3Box(String code, String label, Money base, Money tax, Money amount) {

    static Ca3Box baseAndTax(String code, String label, long baseEuros, long taxEuros) {
        return new Ca3Box(code, label, Money.ofCents(baseEuros * 100), Money.ofCents(taxEuros * 100), null);
    }

    static Ca3Box amount(String code, String label, long euros) {
        return new Ca3Box(code, label, null, null, Money.ofCents(euros * 100));
    }
}
