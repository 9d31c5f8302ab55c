package fr.agora.application.service.assessment;

import fr.agora.application.port.in.shared.Caller;
import fr.agora.application.port.out.assessment.LoadEstablishmentPort;
import fr.agora.application.port.out.assessment.LoadFrameworkPort;
import fr.agora.application.port.out.assessment.LoadEvaluationsPort;
import fr.agora.application.port.out.assessment.LoadScalePort;
import fr.agora.application.service.school.TutorView;
import fr.agora.domain.assessment.AggregationPolicy;
import fr.agora.domain.assessment.CompetencyFramework;
import fr.agora.domain.assessment.Establishment;
import fr.agora.domain.assessment.Evaluation;
import fr.agora.domain.assessment.EvaluationHistory;
import fr.agora.domain.assessment.EvaluationScale;
import fr.agora.domain.assessment.ScaleHistory;
import fr.agora.domain.school.Cohort;
import fr.agora.domain.school.Student;
import fr.agora.domain.shared.NotFoundException;
import java.util.List;

/** What assessment reads of a school — its framework, scales and default policy — given the port each reads. */
public final class AssessmentLookups {

    private AssessmentLookups() {
    }

    public static CompetencyFramework framework(LoadFrameworkPort frameworks, Cohort cohort) {
        return frameworks.loadFramework(cohort.referentielId(), cohort.referentielVersion()).orElseThrow(() ->
                new NotFoundException("referentiel-not-found", "référentiel", cohort.referentielId() + " " + cohort.referentielVersion()));
    }

    /** The school's scale versions, or the LSL default as version 1 when none was ever configured. */
    public static ScaleHistory scales(LoadScalePort scales, Caller caller) {
        return scales.loadScales(caller.uai()).orElseGet(() -> ScaleHistory.of(defaultScale(caller)));
    }

    public static EvaluationScale defaultScale(Caller caller) {
        return EvaluationScale.lslDefault("scale-" + caller.uai().value());
    }

    /** The student's effective evaluations the caller may see: every record of the view but the superseded ones. */
    public static List<Evaluation> effectiveEvaluations(LoadEvaluationsPort evaluations, Caller caller, Student student, TutorView view) {
        return EvaluationHistory.of(student.id(), view.evaluations(evaluations.loadEvaluationsOfStudent(caller.uai(), student.id()))).effective();
    }

    /** The per-request override, else the school's default policy, else the platform default. */
    public static AggregationPolicy policy(LoadEstablishmentPort establishments, Caller caller, AggregationPolicy override) {
        if (override != null) return override;
        return establishments.loadEstablishment(caller.uai()).map(Establishment::defaultPolicy).orElse(AggregationPolicy.schoolDefault());
    }
}
