package fr.agora.domain.readiness;

import fr.agora.domain.assessment.Scores;
import fr.agora.domain.assessment.AggregatedState;
import fr.agora.domain.assessment.CompetencyFramework;
import fr.agora.domain.coverage.CoverageMatrix;
import fr.agora.domain.shared.InvalidInputException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Exam readiness for one unit: how many of its bloc's competencies have a score and how many are proficient; for a
 * CCF unit with a grid, the {@link ProposedMark}; otherwise {@code mark == null} and {@code markAbsence} says why: U2
 * is a written exam, no grid is available to the caller, or the unit is <em>non évaluable</em> — none of the
 * competencies the grid weighs has a level yet, so the situations have not taken place and no mark (not even 0/20)
 * can be proposed.
 */
public record UnitReadiness(String unitCode, int bloc, boolean ccf, int competencies, int evaluated, int proficient,
                            BigDecimal shareEvaluated, BigDecimal shareProficient, List<String> notProficient,
                            ProposedMark mark, MarkAbsence markAbsence) {

    /** Why a unit has no proposed mark. */
    public enum MarkAbsence {
        /** Assessed by a final (ponctuel) exam, not in CCF: readiness only. */
        NOT_CCF("épreuve ponctuelle : pas de note proposée"),
        /** No CCF grid in force, or the caller's role may not read proposed marks. */
        NO_GRID("aucune grille de CCF disponible"),
        /** No competency the grid weighs has a level: the situations have not taken place. */
        NOT_EVALUABLE("non évaluable : les situations d'évaluation n'ont pas eu lieu");

        private final String reason;

        MarkAbsence(String reason) {
            this.reason = reason;
        }

        /** The reason in French, as a teacher reads it. */
        public String reason() {
            return reason;
        }
    }

    public static UnitReadiness of(CompetencyFramework framework, String unitCode, Map<String, AggregatedState> states, ReadinessGrid grid) {
        CompetencyFramework.ExamUnit unit = framework.examUnit(unitCode).orElseThrow(() ->
                new InvalidInputException("unknown-code", "unit", "'" + unitCode + "' is not an exam unit", Map.of("value", String.valueOf(unitCode))));
        List<String> cs = framework.competenciesOfBloc(unit.bloc());
        int ev = (int) cs.stream().filter(c -> states.containsKey(c) && states.get(c).hasScore()).count();
        int pr = (int) cs.stream().filter(c -> states.containsKey(c) && states.get(c).proficient()).count();
        List<String> notProficient = cs.stream().filter(c -> !(states.containsKey(c) && states.get(c).proficient())).toList();
        ProposedMark mark = null;
        MarkAbsence absence;
        if (!unit.ccf()) {
            absence = MarkAbsence.NOT_CCF;
        } else if (grid == null) {
            absence = MarkAbsence.NO_GRID;
        } else {
            if (!grid.unitCode().equals(unitCode)) throw new InvalidInputException("grid", "grid " + grid.id() + " is for unit " + grid.unitCode());
            grid.checkAgainst(framework);
            boolean anyLevel = grid.weights().entrySet().stream()
                    .anyMatch(w -> w.getValue().signum() > 0 && states.containsKey(w.getKey()) && states.get(w.getKey()).hasScore());
            absence = anyLevel ? null : MarkAbsence.NOT_EVALUABLE;
            if (anyLevel) mark = grid.propose(states);
        }
        return new UnitReadiness(unitCode, unit.bloc(), unit.ccf(), cs.size(), ev, pr, Scores.percent(ev, cs.size()),
                Scores.percent(pr, cs.size()), notProficient, mark, absence);
    }
}
