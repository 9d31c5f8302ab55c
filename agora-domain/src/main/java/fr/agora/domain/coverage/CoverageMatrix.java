package fr.agora.domain.coverage;

import fr.agora.domain.assessment.AggregatedState;
import fr.agora.domain.assessment.AggregationPolicy;
import fr.agora.domain.assessment.CompetencyFramework;
import fr.agora.domain.assessment.Observation;
import fr.agora.domain.assessment.ScaleHistory;
import fr.agora.domain.assessment.Scores;
import fr.agora.domain.school.PeriodCode;
import fr.agora.domain.school.StudentId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One student's coverage: every competency of the framework × every planned period, each cell
 * {@link CellState}; the overall aggregated state of each competency; per-bloc shares; the competencies never
 * evaluated; those at risk; and what criteria, complexity factors and aléas were met.
 */
public record CoverageMatrix(StudentId studentId, List<PeriodCode> periods, Map<String, Map<PeriodCode, CellState>> cells,
                             Map<String, AggregatedState> overall, List<BlocShare> blocs, List<String> neverEvaluated,
                             List<String> atRisk, Map<String, Met> met) {

    /** Per bloc: how many competencies, how many exercised (mis en œuvre at least once), how many proficient overall. */
    public record BlocShare(int bloc, int competencies, int exercised, int proficient, BigDecimal shareExercised,
                            BigDecimal shareProficient) {
    }

    /** What was met in the observations of one competency that say mis en œuvre (assessed or not). */
    public record Met(Set<String> criteria, Set<String> complexityFactors, Set<String> aleas) {
    }

    /**
     * Computes the coverage. Each cell aggregates with {@code policy} the period's effective evaluations of that
     * competency; a period with observations but no counting level is {@link CellState#EXERCISED} (mis en œuvre, not
     * assessed). The overall state aggregates all periods. Evaluations of periods not planned still count overall
     * but have no cell. {@code neverEvaluated} lists the competencies never mis en œuvre (no observation but
     * absences), and what was met comes from every observation that says mis en œuvre, assessed or not.
     */
    public static CoverageMatrix of(CompetencyFramework framework, StudentId student, List<? extends Observation> effective,
                                    ScaleHistory scales, AggregationPolicy policy, CoverageSettings settings) {
        Map<String, List<Observation>> byCompetency = new HashMap<>();
        for (Observation e : effective) byCompetency.computeIfAbsent(e.competencyCode(), k -> new ArrayList<>()).add(e);

        Map<String, Map<PeriodCode, CellState>> cells = new LinkedHashMap<>();
        Map<String, AggregatedState> overall = new LinkedHashMap<>();
        Map<String, Met> met = new LinkedHashMap<>();
        List<String> never = new ArrayList<>();
        for (String c : framework.competencyCodes()) {
            List<Observation> es = byCompetency.getOrDefault(c, List.of());
            Map<PeriodCode, List<Observation>> byPeriod = new EnumMap<>(PeriodCode.class);
            for (Observation e : es) byPeriod.computeIfAbsent(e.period(), k -> new ArrayList<>()).add(e);
            Map<PeriodCode, CellState> row = new EnumMap<>(PeriodCode.class);
            for (PeriodCode p : settings.plannedPeriods()) {
                List<Observation> inP = byPeriod.getOrDefault(p, List.of());
                row.put(p, inP.isEmpty() ? CellState.NOT_EXERCISED
                        : cellOf(policy.aggregate(c, inP, scales), anyMisEnOeuvre(inP, scales)));
            }
            cells.put(c, row);
            AggregatedState all = policy.aggregate(c, es, scales);
            overall.put(c, all);
            Met m = metOf(es, scales);
            if (!all.hasScore() && m == null) never.add(c);
            met.put(c, m == null ? NOTHING_MET : m);
        }
        List<BlocShare> blocs = new ArrayList<>();
        for (int b : framework.blocs()) {
            List<String> cs = framework.competenciesOfBloc(b);
            int ex = (int) cs.stream().filter(c -> !never.contains(c)).count();
            int pr = (int) cs.stream().filter(c -> overall.get(c).proficient()).count();
            blocs.add(new BlocShare(b, cs.size(), ex, pr, Scores.percent(ex, cs.size()), Scores.percent(pr, cs.size())));
        }
        List<String> atRisk = settings.riskWindowOpen() ? List.copyOf(never) : List.of();
        return new CoverageMatrix(student, settings.plannedPeriods(), cells, overall, blocs, List.copyOf(never), atRisk, met);
    }

    private static final Met NOTHING_MET = new Met(Set.of(), Set.of(), Set.of());

    private static boolean anyMisEnOeuvre(List<Observation> es, ScaleHistory scales) {
        for (Observation e : es) if (scales.levelOf(e).misEnOeuvre()) return true;
        return false;
    }

    /** What the observations saying mis en œuvre met, or {@code null} when there is none (never mis en œuvre). */
    private static Met metOf(List<Observation> es, ScaleHistory scales) {
        boolean any = false;
        // most competencies meet nothing: a set is only allocated once something is met
        Set<String> crit = Set.of();
        Set<String> cf = Set.of();
        Set<String> al = Set.of();
        for (Observation e : es) {
            if (!scales.levelOf(e).misEnOeuvre()) continue;
            any = true;
            if (e.criterionId() != null) {
                if (crit.isEmpty()) crit = new TreeSet<>();
                crit.add(e.criterionId());
            }
            if (!e.complexityFactors().isEmpty()) {
                if (cf.isEmpty()) cf = new TreeSet<>();
                cf.addAll(e.complexityFactors());
            }
            if (!e.aleas().isEmpty()) {
                if (al.isEmpty()) al = new TreeSet<>();
                al.addAll(e.aleas());
            }
        }
        return any ? new Met(Set.copyOf(crit), Set.copyOf(cf), Set.copyOf(al)) : null;
    }

    static CellState cellOf(AggregatedState s, boolean misEnOeuvre) {
        if (!s.hasScore()) return misEnOeuvre ? CellState.EXERCISED : CellState.NOT_EXERCISED;
        return s.proficient() ? CellState.PROFICIENT : CellState.EVALUATED;
    }

    public CellState cell(String competency, PeriodCode period) {
        return cells.get(competency).get(period);
    }
}
