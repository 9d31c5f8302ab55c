package fr.agora.domain.readiness;

import java.math.BigDecimal;
import java.util.List;

/**
 * A CCF proposed mark out of 20 (visible to teachers and jury, never to students): the rounded mark, the exact
 * value before rounding, Σ earned and Σ possible weighted points, one term per competency, and whether every
 * competency had a level.
 */
public record ProposedMark(String unitCode, String gridId, int gridVersion, BigDecimal mark, BigDecimal exact,
                           BigDecimal earnedPoints, BigDecimal possiblePoints, List<Term> terms, boolean complete,
                           List<String> missing) {

    public ProposedMark {
        terms = List.copyOf(terms);
        missing = List.copyOf(missing);
    }

    /** weight × points(level) = weightedPoints, out of weight × maxPoints. */
    public record Term(String competencyCode, BigDecimal weight, String levelCode, BigDecimal score, BigDecimal points,
                       BigDecimal weightedPoints, BigDecimal maxWeightedPoints) {
    }
}
