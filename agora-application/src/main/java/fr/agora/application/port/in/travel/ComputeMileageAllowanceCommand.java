package fr.agora.application.port.in.travel;

import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.travel.VehicleKind;

/** A year's professional distance in one vehicle; the horsepower is ignored for a moped. */
public record ComputeMileageAllowanceCommand(int year, VehicleKind vehicle, Integer fiscalHorsepower, long distanceKm,
        boolean electric) {

    public ComputeMileageAllowanceCommand {
        if (vehicle == null) {
            throw new InvalidInputException("vehicle", "is required");
        }
    }
}
