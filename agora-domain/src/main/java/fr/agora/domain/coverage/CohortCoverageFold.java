package fr.agora.domain.coverage;

import fr.agora.domain.assessment.AggregationPolicy;
import fr.agora.domain.assessment.CompetencyFramework;
import fr.agora.domain.assessment.EvaluationId;
import fr.agora.domain.assessment.EvaluationScale;
import fr.agora.domain.assessment.Observation;
import fr.agora.domain.assessment.ScaleHistory;
import fr.agora.domain.assessment.ScaleLevel;
import fr.agora.domain.school.PeriodCode;
import fr.agora.domain.school.StudentId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cohort heatmap computed in one pass over each student's records, equal to {@link CohortCoverage#of} folding
 * every student's {@link CoverageMatrix}, without building those matrices: the heatmap needs of a student only each
 * cell's {@link CellState} and the competencies never mis en œuvre, not the explained aggregations, blocs and what was
 * met. Each record's level is read once (not once per aggregation it enters), only a cell's counting records are
 * sorted, and its score is computed from their values alone ({@link AggregationPolicy#scoreOf}). A national cohort of
 * 35 students holds ≈ 22 600 records (RELIABILITY.md §6), so the per-record cost is what the request costs.
 *
 * <p>Why it equals the fold of the matrices: a cell with records has a score iff one of them counts (every policy
 * gives a non-zero weight to at least one counting value), the score is the policy's over the cell's counting values
 * in chronological order (the order {@link Observation#effective} gives and the policies read), and a competency is
 * never mis en œuvre iff none of its records says mis en œuvre (a counting level always does).
 * {@code CohortCoverageFoldTest} checks it on seeded cohorts for every policy.
 */
public final class CohortCoverageFold {

    private static final int STATES = CellState.values().length;

    private final CompetencyFramework framework;
    private final CoverageSettings settings;
    private final ScaleHistory scales;
    private final AggregationPolicy policy;
    private final EvaluationScale present;
    private final Map<String, Integer> competencyIndex;
    private final int[] slotOfPeriod;
    private final int periods;

    private CohortCoverageFold(CompetencyFramework framework, CoverageSettings settings, ScaleHistory scales, AggregationPolicy policy) {
        this.framework = framework;
        this.settings = settings;
        this.scales = scales;
        this.policy = policy;
        this.present = scales.current();
        List<String> codes = framework.competencyCodes();
        this.competencyIndex = new HashMap<>(codes.size() * 2);
        for (int i = 0; i < codes.size(); i++) competencyIndex.put(codes.get(i), i);
        this.slotOfPeriod = new int[PeriodCode.values().length];
        Arrays.fill(slotOfPeriod, -1);
        List<PeriodCode> planned = settings.plannedPeriods();
        for (int i = 0; i < planned.size(); i++) slotOfPeriod[planned.get(i).ordinal()] = i;
        this.periods = planned.size();
    }

    /**
     * The cohort's coverage: {@code students} in order, each with their records in {@code records} (superseded ones
     * included; a student absent from the map has none).
     */
    public static CohortCoverage of(CompetencyFramework framework, CoverageSettings settings, ScaleHistory scales,
                                    AggregationPolicy policy, List<StudentId> students,
                                    Map<StudentId, ? extends List<? extends Observation>> records) {
        CohortCoverageFold fold = new CohortCoverageFold(framework, settings, scales, policy);
        int[] counts = new int[framework.competencyCodes().size() * fold.periods * STATES];
        boolean riskWindowOpen = settings.riskWindowOpen();
        List<CohortCoverage.StudentAtRisk> atRisk = new ArrayList<>();
        for (StudentId s : students) {
            List<? extends Observation> own = records.get(s);
            List<String> never = fold.addStudent(own == null ? List.of() : own, counts);
            if (riskWindowOpen && !never.isEmpty()) atRisk.add(new CohortCoverage.StudentAtRisk(s, List.copyOf(never)));
        }
        return new CohortCoverage(students.size(), settings.plannedPeriods(), fold.cellCounts(counts), atRisk);
    }

    /**
     * Adds one student's cell states to {@code counts}; returns the competencies they never put into practice.
     * {@code records} are the student's stored records in any order, superseded ones included: superseded records are
     * skipped here, and only each cell's counting records are put in chronological order (a few per cell), instead of
     * sorting the whole history as {@link Observation#effective} does.
     */
    private List<String> addStudent(List<? extends Observation> records, int[] counts) {
        int competencies = competencyIndex.size();
        int cellsPerStudent = competencies * periods;
        Set<EvaluationId> superseded = new HashSet<>();
        for (Observation o : records) if (o.supersedes() != null) superseded.add(o.supersedes());
        List<Counting>[] counting = newCountingLists(cellsPerStudent); // null = no counting record in the cell
        boolean[] seen = new boolean[cellsPerStudent];
        boolean[] misEnOeuvre = new boolean[cellsPerStudent];
        boolean[] practised = new boolean[competencies];
        for (Observation o : records) {
            Integer c = competencyIndex.get(o.competencyCode());
            if (c == null || (!superseded.isEmpty() && superseded.contains(o.id()))) continue; // outside the framework: no row
            ScaleLevel level = scales.levelOf(o);
            boolean mis = level.misEnOeuvre();
            if (mis) practised[c] = true;
            int slot = slotOfPeriod[o.period().ordinal()];
            if (slot < 0) continue; // a period not planned counts overall but has no cell
            int cell = c * periods + slot;
            seen[cell] = true;
            if (mis) misEnOeuvre[cell] = true;
            if (level.counts()) {
                if (counting[cell] == null) counting[cell] = new ArrayList<>(4);
                counting[cell].add(new Counting(o, level.value()));
            }
        }
        for (int cell = 0; cell < cellsPerStudent; cell++) {
            counts[cell * STATES + stateOf(seen[cell], counting[cell], misEnOeuvre[cell]).ordinal()]++;
        }
        List<String> never = new ArrayList<>();
        List<String> codes = framework.competencyCodes();
        for (int c = 0; c < competencies; c++) if (!practised[c]) never.add(codes.get(c));
        return never;
    }

    /** A counting record of a cell and the value of its level. */
    private record Counting(Observation observation, BigDecimal value) {
    }

    private static final Comparator<Counting> CHRONOLOGICAL = Comparator.comparing(Counting::observation, Observation.CHRONOLOGICAL_ORDER);

    private CellState stateOf(boolean seen, List<Counting> counting, boolean misEnOeuvre) {
        if (!seen) return CellState.NOT_EXERCISED;
        if (counting == null) return misEnOeuvre ? CellState.EXERCISED : CellState.NOT_EXERCISED;
        if (counting.size() > 1) counting.sort(CHRONOLOGICAL);
        List<BigDecimal> values = new ArrayList<>(counting.size());
        for (Counting k : counting) values.add(k.value());
        return present.isProficient(policy.scoreOf(values)) ? CellState.PROFICIENT : CellState.EVALUATED;
    }

    private Map<String, Map<PeriodCode, CohortCoverage.CellCounts>> cellCounts(int[] counts) {
        Map<String, Map<PeriodCode, CohortCoverage.CellCounts>> cells = new LinkedHashMap<>();
        List<String> codes = framework.competencyCodes();
        List<PeriodCode> planned = settings.plannedPeriods();
        for (int c = 0; c < codes.size(); c++) {
            Map<PeriodCode, CohortCoverage.CellCounts> row = new EnumMap<>(PeriodCode.class);
            for (int p = 0; p < periods; p++) {
                int at = (c * periods + p) * STATES;
                row.put(planned.get(p), new CohortCoverage.CellCounts(counts[at], counts[at + 1], counts[at + 2], counts[at + 3]));
            }
            cells.put(codes.get(c), row);
        }
        return cells;
    }

    @SuppressWarnings("unchecked")
    private static List<Counting>[] newCountingLists(int n) {
        return (List<Counting>[]) new List<?>[n];
    }
}
