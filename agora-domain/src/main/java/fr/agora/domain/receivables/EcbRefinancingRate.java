package fr.agora.domain.receivables;

import fr.agora.domain.shared.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Map;

/**
 * The ECB's main refinancing operations rate (taux "refi"), as a dated table of its changes, and the rate that
 * Code de commerce L441-10 II applies to each half-year: "le taux applicable pendant le premier semestre de l'année
 * concernée est le taux en vigueur au 1er janvier de l'année en question. Pour le second semestre … le taux en
 * vigueur au 1er juillet". Correcting or extending it is a data change here.
 *
 * @param effectiveFrom the date from which the ECB applies the rate (settlement of the first operation at it)
 */
public record EcbRefinancingRate(LocalDate effectiveFrom, BigDecimal percent) {

    public static final String SOURCE = "ECB, Key ECB interest rates, main refinancing operations (fixed rate tenders), "
            + "https://www.ecb.europa.eu/stats/policy_and_exchange_rates/key_ecb_interest_rates/html/index.en.html; "
            + "cross-checked with ECB press releases (10 May 2023: 3.75 %; 18 Dec 2024: 3.15 %) and legifiscal.fr "
            + "(changes 2013-2014, semester rule since 2013)";

    /** Half-years up to and including the one starting on this date are covered by a verified table. */
    public static final LocalDate VERIFIED_THROUGH_HALF_YEAR = LocalDate.of(2025, 7, 1);

    /** Changes from May 2013 (so every half-year from 1 July 2013 is covered), in date order. */
    public static final List<EcbRefinancingRate> TABLE = List.of(
            rate(2013, 5, 8, "0.50"),
            rate(2013, 11, 13, "0.25"),
            rate(2014, 6, 11, "0.15"),
            rate(2014, 9, 10, "0.05"),
            rate(2016, 3, 16, "0.00"),
            rate(2022, 7, 27, "0.50"),
            rate(2022, 9, 14, "1.25"),
            rate(2022, 11, 2, "2.00"),
            rate(2022, 12, 21, "2.50"),
            rate(2023, 2, 8, "3.00"),
            rate(2023, 3, 22, "3.50"),
            rate(2023, 5, 10, "3.75"),
            rate(2023, 6, 21, "4.00"),
            rate(2023, 8, 2, "4.25"),
            rate(2023, 9, 20, "4.50"),
            rate(2024, 6, 12, "4.25"),
            rate(2024, 9, 18, "3.65"),
            rate(2024, 10, 23, "3.40"),
            rate(2024, 12, 18, "3.15"),
            rate(2025, 2, 5, "2.90"),
            rate(2025, 3, 12, "2.65"),
            rate(2025, 4, 23, "2.40"),
            rate(2025, 6, 11, "2.15"));

    private static EcbRefinancingRate rate(int y, int m, int d, String percent) {
        return new EcbRefinancingRate(LocalDate.of(y, m, d), new BigDecimal(percent));
    }

    /** 1 January or 1 July: the first day of the half-year of {@code day}. */
    public static LocalDate halfYearStart(LocalDate day) {
        return LocalDate.of(day.getYear(), day.getMonthValue() <= 6 ? Month.JANUARY : Month.JULY, 1);
    }

    /**
     * The rate in force on the first day of the half-year of {@code day}; for a half-year after the verified table,
     * the last rate known (the caller says so: {@link #verifiedFor(LocalDate)}).
     *
     * @throws InvalidInputException (field {@code dueDate}) for a half-year before the table
     */
    public static BigDecimal forHalfYearOf(LocalDate day) {
        LocalDate start = halfYearStart(day);
        EcbRefinancingRate inForce = null;
        for (EcbRefinancingRate r : TABLE) {
            if (!r.effectiveFrom().isAfter(start)) {
                inForce = r;
            }
        }
        if (inForce == null) {
            throw new InvalidInputException("penalty-rate-unknown", "dueDate", "no ECB rate is known for the half-year "
                    + "starting " + start + ": state the contractual rate", Map.of("halfYear", start.toString()));
        }
        return inForce.percent();
    }

    public static boolean verifiedFor(LocalDate day) {
        return !halfYearStart(day).isAfter(VERIFIED_THROUGH_HALF_YEAR);
    }
}
