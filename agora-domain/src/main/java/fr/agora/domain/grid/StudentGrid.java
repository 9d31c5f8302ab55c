package fr.agora.domain.grid;

import fr.agora.domain.assessment.AggregatedState;
import fr.agora.domain.assessment.AggregationPolicy;
import fr.agora.domain.assessment.CompetencyFramework;
import fr.agora.domain.assessment.Observation;
import fr.agora.domain.assessment.ScaleHistory;
import fr.agora.domain.school.PeriodCode;
import fr.agora.domain.school.StudentId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One student's PFMP grid (seed 003): for every competency of the framework × every planned period, a
 * {@link GridCell}. An effective evaluation is an observation: it says the competency (and the criterion, complexity
 * factors and aléas it names) was mis en œuvre in its period unless its level is an absence
 * ({@link fr.agora.domain.assessment.ScaleLevel#misEnOeuvre()}); the cell's level is the period's observations
 * aggregated with the policy (absent when none of them counts, e.g. NE only).
 */
public record StudentGrid(StudentId studentId, List<PeriodCode> periods, Map<String, Map<PeriodCode, GridCell>> cells) {

    public StudentGrid {
        periods = List.copyOf(periods);
    }

    public static StudentGrid of(CompetencyFramework framework, StudentId student, List<? extends Observation> effective,
                                 ScaleHistory scales, AggregationPolicy policy, List<PeriodCode> periods) {
        Map<String, Map<PeriodCode, List<Observation>>> observed = new HashMap<>();
        for (Observation e : effective) {
            if (!scales.levelOf(e).misEnOeuvre()) continue;
            observed.computeIfAbsent(e.competencyCode(), k -> new EnumMap<>(PeriodCode.class))
                    .computeIfAbsent(e.period(), k -> new ArrayList<>()).add(e);
        }
        Map<String, Map<PeriodCode, GridCell>> cells = new LinkedHashMap<>();
        for (String c : framework.competencyCodes()) {
            Map<PeriodCode, List<Observation>> byPeriod = observed.getOrDefault(c, Map.of());
            Map<PeriodCode, GridCell> row = new EnumMap<>(PeriodCode.class);
            for (PeriodCode p : periods) {
                List<Observation> inP = byPeriod.get(p);
                row.put(p, inP == null ? GridCell.EMPTY : cell(c, inP, scales, policy));
            }
            cells.put(c, row);
        }
        return new StudentGrid(student, periods, cells);
    }

    private static GridCell cell(String competency, List<Observation> observations, ScaleHistory scales, AggregationPolicy policy) {
        Set<String> criteria = new TreeSet<>();
        Set<String> factors = new TreeSet<>();
        Set<String> aleas = new TreeSet<>();
        for (Observation e : observations) {
            if (e.criterionId() != null) criteria.add(e.criterionId());
            factors.addAll(e.complexityFactors());
            aleas.addAll(e.aleas());
        }
        AggregatedState s = policy.aggregate(competency, observations, scales);
        return new GridCell(true, s.levelCode(), s.proficient(), criteria, factors, aleas);
    }

    /** The cell of a competency in a period ({@link GridCell#EMPTY} for a period not planned). */
    public GridCell cell(String competency, PeriodCode period) {
        Map<PeriodCode, GridCell> row = cells.get(competency);
        if (row == null) throw new IllegalArgumentException("unknown competency " + competency);
        return row.getOrDefault(period, GridCell.EMPTY);
    }

    /** The periods in which a criterion was observed, in order. */
    public List<PeriodCode> periodsOfCriterion(String competency, String criterionId) {
        List<PeriodCode> out = new ArrayList<>();
        for (PeriodCode p : periods) if (cell(competency, p).criteria().contains(criterionId)) out.add(p);
        return out;
    }

    /** Whether a competency was mis en œuvre in at least one period. */
    public boolean everMisEnOeuvre(String competency) {
        return cells.get(competency).values().stream().anyMatch(GridCell::misEnOeuvre);
    }
}
