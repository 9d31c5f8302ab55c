package fr.agora.domain.grid;

import fr.agora.domain.school.Cohort;
import fr.agora.domain.school.PeriodCode;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A cohort's PFMP grids: every student's {@link GridSheet} (in the register's order) and, per competency × period,
 * how many students mis it en œuvre and how many were assessed.
 */
public record CohortGrid(String schoolName, Cohort cohort, GridLayout layout, List<PeriodCode> periods, List<GridSheet> sheets,
                         Map<String, Map<PeriodCode, Counts>> counts) {

    /** Students who mis the competency en œuvre in the period, and among them those assessed (with a level). */
    public record Counts(int misEnOeuvre, int assessed) {
    }

    public CohortGrid {
        Objects.requireNonNull(cohort, "cohort");
        periods = List.copyOf(periods);
        sheets = List.copyOf(sheets);
    }

    public static CohortGrid of(String schoolName, Cohort cohort, GridLayout layout, List<PeriodCode> periods, List<GridSheet> sheets) {
        Map<String, Map<PeriodCode, Counts>> counts = new LinkedHashMap<>();
        for (GridLayout.GridCompetency c : layout.competencies()) {
            Map<PeriodCode, Counts> row = new EnumMap<>(PeriodCode.class);
            for (PeriodCode p : periods) {
                int done = 0;
                int assessed = 0;
                for (GridSheet s : sheets) {
                    GridCell cell = s.grid().cells().containsKey(c.code()) ? s.grid().cell(c.code(), p) : GridCell.EMPTY;
                    if (cell.misEnOeuvre()) done++;
                    if (cell.assessed()) assessed++;
                }
                row.put(p, new Counts(done, assessed));
            }
            counts.put(c.code(), row);
        }
        return new CohortGrid(schoolName, cohort, layout, periods, sheets, counts);
    }
}
