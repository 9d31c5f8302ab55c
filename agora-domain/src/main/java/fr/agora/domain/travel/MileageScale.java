package fr.agora.domain.travel;

import java.util.List;
import java.util.Map;

/**
 * The barème kilométrique for the kilometres driven in the years {@code fromYear}–{@code toYear} (the year of the
 * income it is declared with), per vehicle kind, with its source.
 */
public record MileageScale(int fromYear, int toYear, Map<VehicleKind, List<PowerBand>> bands, String source) {

    public MileageScale {
        bands = Map.copyOf(bands);
    }

    boolean covers(int year) {
        return year >= fromYear && year <= toYear;
    }
}
