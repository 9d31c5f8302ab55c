package fr.agora.application.service.evaluation;

import fr.agora.application.port.in.evaluation.Caller;
import fr.agora.application.port.out.evaluation.LoadCohortPort;
import fr.agora.application.port.out.evaluation.LoadEstablishmentPort;
import fr.agora.application.port.out.evaluation.LoadFrameworkPort;
import fr.agora.application.port.out.evaluation.LoadPlacementsPort;
import fr.agora.application.port.out.evaluation.LoadScalePort;
import fr.agora.application.port.out.evaluation.LoadStudentPort;
import fr.agora.domain.evaluation.AggregationPolicy;
import fr.agora.domain.evaluation.Cohort;
import fr.agora.domain.evaluation.CohortId;
import fr.agora.domain.evaluation.CompetencyFramework;
import fr.agora.domain.evaluation.Establishment;
import fr.agora.domain.evaluation.EvaluationRuleViolationException;
import fr.agora.domain.evaluation.EvaluationScale;
import fr.agora.domain.evaluation.ScaleHistory;
import fr.agora.domain.evaluation.Student;
import fr.agora.domain.evaluation.StudentId;
import fr.agora.domain.shared.NotFoundException;
import java.util.Arrays;
import java.util.Locale;

/**
 * The tenant-scoped look-ups every service shares. Everything is read with the caller's UAI, so another school's
 * student or cohort is answered exactly like a missing one (404), and a tutor sees only the students placed with
 * them.
 */
public final class SchoolContext {

    private final LoadEstablishmentPort establishments;
    private final LoadStudentPort students;
    private final LoadCohortPort cohorts;
    private final LoadFrameworkPort frameworks;
    private final LoadScalePort scales;
    private final LoadPlacementsPort placements;

    public SchoolContext(LoadEstablishmentPort establishments, LoadStudentPort students, LoadCohortPort cohorts,
                         LoadFrameworkPort frameworks, LoadScalePort scales, LoadPlacementsPort placements) {
        this.establishments = establishments;
        this.students = students;
        this.cohorts = cohorts;
        this.frameworks = frameworks;
        this.scales = scales;
        this.placements = placements;
    }

    /** The student, if visible to the caller; otherwise 404 (never 403, so ids cannot be probed). */
    public Student visibleStudent(Caller caller, String studentId) {
        StudentId id = StudentId.of(studentId);
        Student s = students.loadStudent(caller.uai(), id).orElseThrow(() -> new NotFoundException("student-not-found", "student", studentId));
        if (caller.role() == Caller.Role.TUTOR) {
            String me = caller.subject().trim().toLowerCase(Locale.ROOT);
            boolean placedWithMe = placements.loadPlacementsOfStudent(caller.uai(), id).stream().anyMatch(p -> p.tutorEmail().equals(me));
            if (!placedWithMe) throw new NotFoundException("student-not-found", "student", studentId);
        }
        return s;
    }

    public Cohort cohort(Caller caller, CohortId id) {
        return cohorts.loadCohort(caller.uai(), id).orElseThrow(() -> new NotFoundException("cohort-not-found", "cohort", id.value()));
    }

    public CompetencyFramework framework(Cohort cohort) {
        return frameworks.loadFramework(cohort.referentielId(), cohort.referentielVersion()).orElseThrow(() ->
                new NotFoundException("referentiel-not-found", "référentiel", cohort.referentielId() + " " + cohort.referentielVersion()));
    }

    /** The school's scale versions, or the LSL default as version 1 when none was ever configured. */
    public ScaleHistory scales(Caller caller) {
        return scales.loadScales(caller.uai()).orElseGet(() -> ScaleHistory.of(defaultScale(caller)));
    }

    public static EvaluationScale defaultScale(Caller caller) {
        return EvaluationScale.lslDefault("scale-" + caller.uai().value());
    }

    public AggregationPolicy policy(Caller caller, AggregationPolicy override) {
        if (override != null) return override;
        return establishments.loadEstablishment(caller.uai()).map(Establishment::defaultPolicy).orElse(AggregationPolicy.schoolDefault());
    }

    /** Refuses a caller whose role is not among those allowed (422 {@code role-not-allowed}). */
    public static void requireRole(Caller caller, Caller.Role... allowed) {
        if (Arrays.stream(allowed).noneMatch(r -> r == caller.role())) {
            throw new EvaluationRuleViolationException("role-not-allowed", "role",
                    "role " + caller.role() + " may not do this; allowed: " + Arrays.toString(allowed));
        }
    }
}
