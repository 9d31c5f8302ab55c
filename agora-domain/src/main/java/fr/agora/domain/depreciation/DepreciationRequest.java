package fr.agora.domain.depreciation;

import fr.agora.domain.shared.Decimals;
import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;

/**
 * An asset to depreciate: method, depreciable base (coût d'acquisition HT, at the cent, up to 10^12 €), useful life
 * (1–100 years), date of mise en service, fiscal year end (12-31 by default; 29 February is refused), the day
 * convention of the straight-line prorata (30/360 by default) and, optionally, the asset account (2…) whose year-end
 * entry 6811 / 28… is wanted.
 */
public record DepreciationRequest(DepreciationMethod method, Money cost, int usefulLifeYears, LocalDate inServiceDate,
                                  MonthDay fiscalYearEnd, DayCount dayCount, String assetAccount) {

    public static final int MAX_LIFE = 100;
    private static final BigDecimal MAX_COST = new BigDecimal("1000000000000");

    public DepreciationRequest {
        if (method == null) {
            throw new InvalidInputException("method", "is required");
        }
        if (cost == null || !cost.isPositive()) {
            throw new InvalidInputException("cost", "must be greater than 0");
        }
        Decimals.atMost("cost", cost.amount(), MAX_COST);
        if (usefulLifeYears < 1 || usefulLifeYears > MAX_LIFE) {
            throw new InvalidInputException("usefulLifeYears", "must be between 1 and " + MAX_LIFE);
        }
        if (inServiceDate == null) {
            throw new InvalidInputException("inServiceDate", "is required");
        }
        if (inServiceDate.getYear() < 1900 || inServiceDate.getYear() > 2200) {
            throw new InvalidInputException("inServiceDate", "must be between 1900 and 2200");
        }
        fiscalYearEnd = fiscalYearEnd == null ? MonthDay.of(12, 31) : fiscalYearEnd;
        if (fiscalYearEnd.getMonthValue() == 2 && fiscalYearEnd.getDayOfMonth() == 29) {
            throw new InvalidInputException("fiscalYearEnd", "29 February cannot end every fiscal year");
        }
        dayCount = dayCount == null ? DayCount.THIRTY_360 : dayCount;
        if (assetAccount != null && !assetAccount.matches("2[0-7][0-9]{1,6}")) {
            throw new InvalidInputException("assetAccount", "must be a PCG fixed-asset account (20… to 27…)");
        }
    }

    public static DepreciationRequest of(DepreciationMethod method, String cost, int years, LocalDate inService) {
        return new DepreciationRequest(method, Money.of(cost), years, inService, null, null, null);
    }
}
