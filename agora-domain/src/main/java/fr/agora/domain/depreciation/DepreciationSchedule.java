package fr.agora.domain.depreciation;

import fr.agora.domain.shared.Money;
import java.math.BigDecimal;
import java.util.List;

/**
 * A plan d'amortissement: the linear rate (per cent), the fiscal coefficient (dégressif only), the rate applied,
 * the years, their total (always the depreciable base), and the rule and source applied.
 */
public record DepreciationSchedule(DepreciationMethod method, Money cost, int usefulLifeYears, BigDecimal rate,
                                   BigDecimal coefficient, DayCount dayCount, List<DepreciationYear> years,
                                   Money total, String rule, String source) {

    public DepreciationSchedule {
        years = List.copyOf(years);
    }
}
