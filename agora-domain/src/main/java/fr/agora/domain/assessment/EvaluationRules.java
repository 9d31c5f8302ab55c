package fr.agora.domain.assessment;

import fr.agora.domain.shared.InvalidInputException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks an evaluation against the cohort's référentiel version and the scale it names. */
public final class EvaluationRules {

    private EvaluationRules() {
    }

    /**
     * Refuses an unknown competency ({@code competency}), a criterion not of that competency ({@code criterion}),
     * an unknown complexity factor ({@code complexityFactors[i]}) or aléa ({@code aleas[i]}), and a level that is
     * not a code of the scale version named ({@code level}). Each error is an {@link InvalidInputException}
     * with problem type {@code unknown-code} naming the field and the value.
     */
    public static void validate(Evaluation e, CompetencyFramework framework, ScaleHistory scales) {
        String c = e.competencyCode();
        if (!framework.knows(c)) throw unknown("competency", c, "competency of référentiel " + framework.referentielId() + " " + framework.version());
        if (e.criterionId() != null && !framework.criterionIds(c).contains(e.criterionId())) {
            throw unknown("criterion", e.criterionId(), "criterion of competency " + c);
        }
        checkAll("complexityFactors", e.complexityFactors(), framework.complexityFactorIds(c), "complexity factor of competency " + c);
        checkAll("aleas", e.aleas(), framework.aleaIds(c), "aléa of competency " + c);
        EvaluationScale s = scales.version(e.scaleVersion()).orElseThrow(() ->
                new InvalidInputException("scaleVersion", "scale version " + e.scaleVersion() + " does not exist"));
        s.requireLevel("level", e.levelCode());
    }

    private static void checkAll(String field, Set<String> given, Set<String> known, String what) {
        List<String> sorted = given.stream().sorted().toList();
        for (int i = 0; i < sorted.size(); i++) {
            if (!known.contains(sorted.get(i))) throw unknown(field + "[" + i + "]", sorted.get(i), what);
        }
    }

    private static InvalidInputException unknown(String field, String value, String what) {
        return new InvalidInputException("unknown-code", field, "'" + value + "' is not a " + what, Map.of("value", value));
    }
}
