package fr.agora.domain.coverage;

import fr.agora.domain.school.Cohort;
import fr.agora.domain.school.PeriodCode;
import fr.agora.domain.shared.InvalidInputException;
import java.time.LocalDate;
import java.util.List;

/**
 * The frame of a coverage computation: the cohort's planned periods (usually P1 … P6), the current period
 * ({@code null} before P1), and the at-risk threshold: a competency never evaluated is <em>at risk</em> when the
 * number of planned periods strictly after the current one is ≤ {@code atRiskRemainingPeriods} (default 1).
 */
public record CoverageSettings(List<PeriodCode> plannedPeriods, PeriodCode currentPeriod, int atRiskRemainingPeriods) {

    public CoverageSettings {
        plannedPeriods = plannedPeriods == null || plannedPeriods.isEmpty() ? List.of(PeriodCode.values())
                : plannedPeriods.stream().distinct().sorted().toList();
        if (atRiskRemainingPeriods < 0 || atRiskRemainingPeriods > 6) {
            throw new InvalidInputException("atRiskThreshold", "atRiskThreshold must be within 0–6");
        }
    }

    /** The cohort's frame on {@code today} (the school's date); {@code atRiskThreshold} null ⇒ 1. */
    public static CoverageSettings of(Cohort cohort, LocalDate today, Integer atRiskThreshold) {
        return new CoverageSettings(cohort.plannedPeriods(), cohort.currentPeriod(today), atRiskThreshold == null ? 1 : atRiskThreshold);
    }

    public static CoverageSettings at(PeriodCode current) {
        return new CoverageSettings(List.of(PeriodCode.values()), current, 1);
    }

    public long remainingPeriods() {
        return plannedPeriods.stream().filter(p -> currentPeriod == null || p.compareTo(currentPeriod) > 0).count();
    }

    public boolean riskWindowOpen() {
        return remainingPeriods() <= atRiskRemainingPeriods;
    }
}
