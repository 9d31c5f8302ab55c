package fr.agora.domain.evaluation;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What evaluation needs from one version of the référentiel. Kept small on purpose: the référentiel module will
 * provide an adapter; tests and the demo use {@link StaticCompetencyFramework}.
 */
public interface CompetencyFramework {

    /** The référentiel id, e.g. {@code bacpro-agora}. */
    String referentielId();

    /** Its version, e.g. {@code 2020}. */
    String version();

    /** Every competency code, in référentiel order (1.1.1 … 3.3.4). */
    List<String> competencyCodes();

    /** The bloc (1, 2, 3) of a competency, empty if the code is unknown. */
    Optional<Integer> blocOf(String competencyCode);

    /** The criterion ids of a competency (empty set for an unknown code). */
    Set<String> criterionIds(String competencyCode);

    /** The complexity-factor ids that apply to a competency's situations. */
    Set<String> complexityFactorIds(String competencyCode);

    /** The aléa ids that may occur in a competency's situations. */
    Set<String> aleaIds(String competencyCode);

    /** The exam units (U2, U31, U32). */
    List<ExamUnit> examUnits();

    default boolean knows(String competencyCode) {
        return blocOf(competencyCode).isPresent();
    }

    default List<Integer> blocs() {
        return competencyCodes().stream().map(c -> blocOf(c).orElseThrow()).distinct().sorted().toList();
    }

    default List<String> competenciesOfBloc(int bloc) {
        return competencyCodes().stream().filter(c -> blocOf(c).orElse(-1) == bloc).toList();
    }

    default Optional<ExamUnit> examUnit(String code) {
        return examUnits().stream().filter(u -> u.code().equals(code)).findFirst();
    }

    /** An exam unit, the bloc it assesses, and whether it is assessed in CCF (a proposed mark) or by a final exam. */
    record ExamUnit(String code, int bloc, boolean ccf) {
        public ExamUnit {
            java.util.Objects.requireNonNull(code, "code");
        }
    }
}
