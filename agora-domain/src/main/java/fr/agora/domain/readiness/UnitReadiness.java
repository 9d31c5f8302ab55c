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
 * CCF unit with a grid, the {@link ProposedMark}; for U2 (written exam), readiness only ({@code mark == null}).
 */
public record UnitReadiness(String unitCode, int bloc, boolean ccf, int competencies, int evaluated, int proficient,
                            BigDecimal shareEvaluated, BigDecimal shareProficient, List<String> notProficient,
                            ProposedMark mark) {

    public static UnitReadiness of(CompetencyFramework framework, String unitCode, Map<String, AggregatedState> states, ReadinessGrid grid) {
        CompetencyFramework.ExamUnit unit = framework.examUnit(unitCode).orElseThrow(() ->
                new InvalidInputException("unknown-code", "unit", "'" + unitCode + "' is not an exam unit", Map.of("value", String.valueOf(unitCode))));
        List<String> cs = framework.competenciesOfBloc(unit.bloc());
        int ev = (int) cs.stream().filter(c -> states.containsKey(c) && states.get(c).hasScore()).count();
        int pr = (int) cs.stream().filter(c -> states.containsKey(c) && states.get(c).proficient()).count();
        List<String> notProficient = cs.stream().filter(c -> !(states.containsKey(c) && states.get(c).proficient())).toList();
        ProposedMark mark = null;
        if (unit.ccf() && grid != null) {
            if (!grid.unitCode().equals(unitCode)) throw new InvalidInputException("grid", "grid " + grid.id() + " is for unit " + grid.unitCode());
            grid.checkAgainst(framework);
            mark = grid.propose(states);
        }
        return new UnitReadiness(unitCode, unit.bloc(), unit.ccf(), cs.size(), ev, pr, Scores.percent(ev, cs.size()),
                Scores.percent(pr, cs.size()), notProficient, mark);
    }
}
