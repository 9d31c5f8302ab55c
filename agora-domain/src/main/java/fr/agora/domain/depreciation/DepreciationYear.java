package fr.agora.domain.depreciation;

import fr.agora.domain.shared.EntryLine;
import fr.agora.domain.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One exercise of the plan d'amortissement: the fiscal year (the year its end falls in), its end, the base the
 * annuity was computed on (VNC at the start for the dégressif, the cost for the linéaire), the rate applied (per
 * cent, 2 decimals), the prorata ({@code 256/360}, {@code 9/12}, {@code 1} for a full year), the annuity, the
 * cumul and the VNC at the end, whether the dégressif has switched to linear, and the year-end entry when an asset
 * account was given (empty otherwise).
 */
public record DepreciationYear(int fiscalYear, LocalDate fiscalYearEnd, Money base, BigDecimal ratePercent,
                               String prorata, Money annuity, Money accumulated, Money netBookValue,
                               boolean straightLineSwitch, List<EntryLine> entry) {
}
