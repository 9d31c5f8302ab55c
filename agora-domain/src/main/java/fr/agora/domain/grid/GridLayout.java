package fr.agora.domain.grid;

import fr.agora.domain.referentiel.Activity;
import fr.agora.domain.referentiel.Competency;
import fr.agora.domain.referentiel.Criterion;
import fr.agora.domain.referentiel.CriterionSource;
import fr.agora.domain.referentiel.Referentiel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The rows of seed 003's <em>grille de suivi des compétences mises en œuvre en PFMP</em>: activities → competencies →
 * the criteria of the PFMP-grid source ({@link CriterionSource#PFMP_GRID}, ids {@code x.y.z-Gn}), in référentiel order.
 * A competency without PFMP-grid criteria (2.1.4 in seed 003) keeps its row with no criterion.
 */
public record GridLayout(String referentielId, String version, List<GridActivity> activities) {

    public record GridActivity(String code, String title, List<GridCompetency> competencies) {
        public GridActivity {
            competencies = List.copyOf(competencies);
        }
    }

    public record GridCompetency(String code, String label, List<GridCriterion> criteria) {
        public GridCompetency {
            criteria = List.copyOf(criteria);
        }
    }

    public record GridCriterion(String id, String text) {
    }

    public GridLayout {
        Objects.requireNonNull(referentielId, "referentielId");
        Objects.requireNonNull(version, "version");
        activities = List.copyOf(activities);
    }

    /** The layout of a référentiel version, from its activities and the PFMP-grid criteria of each competency. */
    public static GridLayout of(Referentiel r) {
        List<GridActivity> activities = new ArrayList<>();
        for (Activity a : r.activities()) {
            List<GridCompetency> cs = new ArrayList<>();
            for (Competency c : a.competencies()) {
                List<GridCriterion> criteria = c.criteriaFrom(CriterionSource.PFMP_GRID).stream()
                        .map((Criterion k) -> new GridCriterion(k.id(), k.text())).toList();
                cs.add(new GridCompetency(c.code(), c.label(), criteria));
            }
            activities.add(new GridActivity(a.code(), a.title(), cs));
        }
        return new GridLayout(r.id(), r.version(), activities);
    }

    /** Every competency row, in layout order. */
    public List<GridCompetency> competencies() {
        return activities.stream().flatMap(a -> a.competencies().stream()).toList();
    }
}
