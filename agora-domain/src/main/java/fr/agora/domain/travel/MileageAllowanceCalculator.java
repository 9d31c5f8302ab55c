package fr.agora.domain.travel;

import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Money;
import java.math.BigDecimal;

/**
 * Indemnités kilométriques from the fiscal barème: d × rate (+ fixed amount in the middle bracket), +20 % for an
 * electric vehicle (the barème's own majoration), rounded half up to the cent once, at the end.
 * Example: 12 000 km in a 5 CV car in 2025 → 12 000 × 0,357 + 1 395 = 5 679,00 €; electric 6 814,80 €.
 */
public final class MileageAllowanceCalculator {

    /** The barème stops at 7 CV for cars; a longer distance than this is not a plausible year of driving. */
    public static final int MAX_DISTANCE_KM = 1_000_000;
    private static final BigDecimal ELECTRIC_FACTOR = new BigDecimal("1.20");

    private final MileageScaleTable table;

    public MileageAllowanceCalculator(MileageScaleTable table) {
        this.table = table;
    }

    public MileageAllowance compute(int year, VehicleKind vehicle, Integer fiscalHorsepower, long distanceKm, boolean electric) {
        if (vehicle == null) {
            throw new InvalidInputException("vehicle", "a vehicle kind is required");
        }
        if (distanceKm < 0 || distanceKm > MAX_DISTANCE_KM) {
            throw new InvalidInputException("distanceKm", "must be between 0 and " + MAX_DISTANCE_KM);
        }
        if (vehicle != VehicleKind.MOPED && (fiscalHorsepower == null || fiscalHorsepower < 1 || fiscalHorsepower > 99)) {
            throw new InvalidInputException("fiscalHorsepower", "a car or motorcycle needs its fiscal horsepower (1–99)");
        }
        MileageScale scale = table.forYear(year);
        int cv = vehicle == VehicleKind.MOPED ? 0 : fiscalHorsepower;
        PowerBand band = scale.bands().get(vehicle).stream().filter(b -> b.covers(cv)).findFirst().orElseThrow();
        MileageBracket bracket = band.brackets().stream().filter(b -> b.contains(distanceKm)).findFirst().orElseThrow();
        BigDecimal base = BigDecimal.valueOf(distanceKm).multiply(bracket.ratePerKm()).add(bracket.fixedAmount());
        BigDecimal exact = electric ? base.multiply(ELECTRIC_FACTOR) : base;
        Money amount = Money.roundedHalfUp(exact);
        Integer applied = vehicle == VehicleKind.MOPED ? null
                : vehicle == VehicleKind.CAR ? Math.max(3, Math.min(7, cv)) : cv;
        return new MileageAllowance(amount, applied, band.label(), bracket.label(),
                formula(distanceKm, bracket, electric, amount), scale.source());
    }

    private static String formula(long d, MileageBracket b, boolean electric, Money amount) {
        StringBuilder f = new StringBuilder();
        if (electric) {
            f.append('(');
        }
        f.append(d).append(" × ").append(b.ratePerKm().toPlainString());
        if (b.fixedAmount().signum() != 0) {
            f.append(" + ").append(b.fixedAmount().toPlainString());
        }
        if (electric) {
            f.append(") × 1.20");
        }
        return f.append(" = ").append(amount).toString();
    }
}
