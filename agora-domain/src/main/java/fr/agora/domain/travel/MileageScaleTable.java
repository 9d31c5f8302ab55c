package fr.agora.domain.travel;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The dated barèmes kilométriques. The 2023 barème (arrêté of 27 March 2023, +5,4 %, BOI-BAREME-000001) covers the
 * kilometres of 2022 and was left unchanged for 2023 and 2024 (DGFiP brochures 2024 and 2025) and, per adcf.org, for
 * 2025; see ../shared/RULES-REFERENCE.md §9. The 2026 kilometres will be priced by a barème published in 2027:
 * until then employers apply the last one provisionally and regularise, which is what the 2026 entry says.
 */
public final class MileageScaleTable {

    private static final String SOURCE = "Barème kilométrique 2023 (arrêté du 27 mars 2023, BOI-BAREME-000001), unchanged "
            + "since; cars: ../shared/RULES-REFERENCE.md §9 (fiscalonline.com, adcf.org); motorcycles and mopeds: "
            + "aeccompta.com and avencia-eca.fr (barème pour l'imposition des revenus 2024)";

    public static final MileageScaleTable FRANCE = new MileageScaleTable(List.of(
            new MileageScale(2022, 2025, bands2023(), SOURCE),
            new MileageScale(2026, 2026, bands2023(), SOURCE + "; applied provisionally to 2026 until the next barème")));

    private final List<MileageScale> scales;

    public MileageScaleTable(List<MileageScale> scales) {
        this.scales = List.copyOf(scales);
    }

    public MileageScale forYear(int year) {
        for (MileageScale s : scales) {
            if (s.covers(year)) {
                return s;
            }
        }
        throw new UnknownScaleYearException("year", year, scales.get(0).fromYear() + "–" + scales.get(scales.size() - 1).toYear());
    }

    private static Map<VehicleKind, List<PowerBand>> bands2023() {
        return Map.of(
                VehicleKind.CAR, List.of(
                        car(0, 3, "3 CV and less", "0.529", "0.316", "1065", "0.370"),
                        car(4, 4, "4 CV", "0.606", "0.340", "1330", "0.407"),
                        car(5, 5, "5 CV", "0.636", "0.357", "1395", "0.427"),
                        car(6, 6, "6 CV", "0.665", "0.374", "1457", "0.447"),
                        car(7, null, "7 CV and more", "0.697", "0.394", "1515", "0.470")),
                VehicleKind.MOTORCYCLE, List.of(
                        twoWheels(0, 2, "1 or 2 CV", "0.395", "0.099", "891", "0.248"),
                        twoWheels(3, 5, "3, 4 or 5 CV", "0.468", "0.082", "1158", "0.275"),
                        twoWheels(6, null, "over 5 CV", "0.606", "0.079", "1583", "0.343")),
                VehicleKind.MOPED, List.of(
                        twoWheels(0, null, "50 cm³ at most", "0.315", "0.079", "711", "0.198")));
    }

    private static PowerBand car(int min, Integer max, String label, String r1, String r2, String fixed, String r3) {
        return new PowerBand(min, max, label, brackets(5_000, 20_000, r1, r2, fixed, r3));
    }

    private static PowerBand twoWheels(int min, Integer max, String label, String r1, String r2, String fixed, String r3) {
        return new PowerBand(min, max, label, brackets(3_000, 6_000, r1, r2, fixed, r3));
    }

    private static List<MileageBracket> brackets(int first, int second, String r1, String r2, String fixed, String r3) {
        return List.of(new MileageBracket(0, first, new BigDecimal(r1), BigDecimal.ZERO),
                new MileageBracket(first + 1, second, new BigDecimal(r2), new BigDecimal(fixed)),
                new MileageBracket(second + 1, null, new BigDecimal(r3), BigDecimal.ZERO));
    }
}
