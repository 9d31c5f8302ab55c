package fr.agora.domain.tva;

import fr.agora.domain.shared.Money;

/**
 * One box of the 3310-CA3, in whole euros: a taxed line has a base and a tax, a total line an amount.
 * {@code code} is the official line code (08, 9B, B2, 16, TD …).
 */
public record Ca3Box(String code, String label, Money base, Money tax, Money amount) {
}
