package fr.agora.application.port.in.tutor;

import fr.agora.domain.assessment.EvaluationScale;
import fr.agora.domain.referentiel.Competency;
import fr.agora.domain.school.Cohort;
import fr.agora.domain.school.PfmpPeriod;
import fr.agora.domain.school.Placement;
import fr.agora.domain.school.Student;
import fr.agora.domain.tutor.TutorLink;
import java.util.List;

/** What the tutor's page shows: the student, the placement and period, the competencies to position, the school's scale. */
public record TutorSheet(TutorLink link, Student student, Cohort cohort, PfmpPeriod period, Placement placement,
                         List<Competency> competencies, EvaluationScale scale) {
    public TutorSheet {
        competencies = List.copyOf(competencies);
    }
}
