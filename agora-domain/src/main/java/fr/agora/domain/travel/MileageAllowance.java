package fr.agora.domain.travel;

import fr.agora.domain.shared.Money;

/**
 * The allowance for a year's professional kilometres: the amount (to the cent, half up), the horsepower the barème
 * line was chosen with ({@code null} for a moped, whose barème has one line), the line and bracket applied, the
 * formula with its figures, and the scale's source.
 */
public record MileageAllowance(Money amount, Integer appliedHorsepower, String powerBand, String bracket, String formula,
        String source) {
}
