package fr.agora.domain.coverage;

import fr.agora.domain.assessment.CompetencyFramework;
import fr.agora.domain.school.PeriodCode;
import fr.agora.domain.school.StudentId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A cohort's coverage: for every competency × period, how many students are in each {@link CellState} (ready to
 * draw a heatmap; the four counts of a cell always add up to the number of students), and the students at risk.
 */
public record CohortCoverage(int students, List<PeriodCode> periods, Map<String, Map<PeriodCode, CellCounts>> cells,
                             List<StudentAtRisk> atRisk) {

    /** Students per state; {@code exercised} = mis en œuvre, not assessed. */
    public record CellCounts(int notExercised, int exercised, int evaluated, int proficient) {
        public int total() {
            return notExercised + exercised + evaluated + proficient;
        }
    }

    public record StudentAtRisk(StudentId studentId, List<String> competencies) {
    }

    /** Folds students' matrices (all computed with the same framework and settings). */
    public static CohortCoverage of(CompetencyFramework framework, CoverageSettings settings, List<CoverageMatrix> matrices) {
        Map<String, Map<PeriodCode, int[]>> acc = new LinkedHashMap<>();
        for (String c : framework.competencyCodes()) {
            Map<PeriodCode, int[]> row = new EnumMap<>(PeriodCode.class);
            for (PeriodCode p : settings.plannedPeriods()) row.put(p, new int[CellState.values().length]);
            acc.put(c, row);
        }
        List<StudentAtRisk> risk = new ArrayList<>();
        for (CoverageMatrix m : matrices) {
            for (var row : acc.entrySet()) {
                for (var cell : row.getValue().entrySet()) {
                    cell.getValue()[m.cell(row.getKey(), cell.getKey()).ordinal()]++;
                }
            }
            if (!m.atRisk().isEmpty()) risk.add(new StudentAtRisk(m.studentId(), m.atRisk()));
        }
        Map<String, Map<PeriodCode, CellCounts>> cells = new LinkedHashMap<>();
        acc.forEach((c, row) -> {
            Map<PeriodCode, CellCounts> r = new EnumMap<>(PeriodCode.class);
            row.forEach((p, a) -> r.put(p, new CellCounts(a[0], a[1], a[2], a[3])));
            cells.put(c, r);
        });
        return new CohortCoverage(matrices.size(), settings.plannedPeriods(), cells, risk);
    }
}
