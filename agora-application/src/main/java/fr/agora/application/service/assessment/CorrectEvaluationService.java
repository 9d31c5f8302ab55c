package fr.agora.application.service.assessment;

import fr.agora.application.port.out.assessment.LoadScalePort;
import fr.agora.application.port.out.school.LoadCohortPort;
import fr.agora.application.port.out.school.LoadPlacementsPort;
import fr.agora.application.port.out.school.LoadStudentPort;
import fr.agora.application.service.school.SchoolLookups;
import fr.agora.application.service.school.TutorView;
import fr.agora.application.service.shared.Roles;
import fr.agora.application.port.in.shared.Caller;
import fr.agora.application.port.in.assessment.CorrectEvaluationUseCase;
import fr.agora.application.port.out.assessment.LoadEvaluationsPort;
import fr.agora.application.port.out.assessment.SaveEvaluationsPort;
import fr.agora.application.port.out.shared.TransactionPort;
import fr.agora.application.port.out.webhook.PublishWebhookEventPort;
import fr.agora.application.service.webhook.WebhookEvents;
import fr.agora.domain.assessment.Evaluation;
import fr.agora.domain.assessment.EvaluationHistory;
import fr.agora.domain.assessment.EvaluationId;
import fr.agora.domain.shared.RuleViolationException;
import fr.agora.domain.assessment.ScaleHistory;
import fr.agora.domain.school.Student;
import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Corrections and validations are appended records that supersede; the history check and the store's unique
 * {@code supersedes} make a concurrent second correction a 409. A tutor corrects only their own evaluations;
 * only a teacher validates.
 */
public final class CorrectEvaluationService implements CorrectEvaluationUseCase {

    private final LoadStudentPort students;
    private final LoadCohortPort cohorts;
    private final LoadPlacementsPort placements;
    private final LoadScalePort scales;
    private final LoadEvaluationsPort load;
    private final SaveEvaluationsPort save;
    private final TransactionPort tx;
    private final Clock clock;
    private final PublishWebhookEventPort publish;

    public CorrectEvaluationService(LoadStudentPort students, LoadCohortPort cohorts, LoadPlacementsPort placements, LoadScalePort scales,
                                    LoadEvaluationsPort load, SaveEvaluationsPort save, TransactionPort tx, Clock clock,
                                    PublishWebhookEventPort publish) {
        this.students = students;
        this.cohorts = cohorts;
        this.placements = placements;
        this.scales = scales;
        this.load = load;
        this.save = save;
        this.tx = tx;
        this.clock = clock;
        this.publish = publish;
    }

    @Override
    public Evaluation correct(Command c) {
        Caller caller = c.caller();
        SchoolLookups.VisibleStudent visible = SchoolLookups.studentInView(this.students, this.placements, caller, c.studentId());
        Student student = visible.student();
        return tx.inTransaction(() -> {
            EvaluationHistory h = EvaluationHistory.of(student.id(), load.loadEvaluationsOfStudent(caller.uai(), student.id()));
            Evaluation old = find(h, c.evaluationId());
            // a record of a period the tutor may not see is answered as a missing one
            if (!visible.view().sees(old.period())) throw new NotFoundException("evaluation-not-found", "evaluation", c.evaluationId());
            if (caller.role() == Caller.Role.TUTOR && !old.evaluatorId().equals(TutorView.tutorKey(caller.subject()))) {
                throw new RuleViolationException("not-own-evaluation", "evaluationId", "a tutor corrects only their own evaluations");
            }
            LocalDate date = old.date();
            if (c.date() != null && !c.date().isBlank()) {
                try {
                    date = LocalDate.parse(c.date().trim());
                } catch (DateTimeParseException e) {
                    throw new InvalidInputException("date", "date '" + c.date() + "' must be an ISO date (yyyy-MM-dd)");
                }
                // a corrected date obeys the rule of a new evaluation's: within the cohort's training, not in the future
                RecordEvaluationsService.checkDate(date, SchoolLookups.cohort(cohorts, caller, student.cohortId()), LocalDate.now(clock));
            }
            ScaleHistory scales = AssessmentLookups.scales(this.scales, caller);
            scales.version(old.scaleVersion()).orElseThrow().requireLevel("level", c.level().trim());
            Evaluation fix = old.correctedBy(EvaluationId.random(), c.level().trim(), date, c.comment(), caller.subject(), clock.instant());
            h.append(fix);
            save.appendEvaluations(caller.uai(), List.of(fix));
            publish.publish(WebhookEvents.recorded(caller.uai(), List.of(fix)));
            return fix;
        });
    }

    @Override
    public Evaluation validate(ValidateCommand c) {
        Caller caller = c.caller();
        Roles.require(caller, Caller.Role.TEACHER);
        Student student = SchoolLookups.visibleStudent(this.students, this.placements, caller, c.studentId());
        return tx.inTransaction(() -> {
            EvaluationHistory h = EvaluationHistory.of(student.id(), load.loadEvaluationsOfStudent(caller.uai(), student.id()));
            Evaluation old = find(h, c.evaluationId());
            if (old.isValidated()) return old;
            Evaluation v = old.validatedBy(EvaluationId.random(), caller.subject(), clock.instant());
            h.append(v);
            save.appendEvaluations(caller.uai(), List.of(v));
            publish.publish(WebhookEvents.validated(caller.uai(), v));
            return v;
        });
    }

    private static Evaluation find(EvaluationHistory h, String id) {
        return h.find(new EvaluationId(id.trim())).orElseThrow(() -> new NotFoundException("evaluation-not-found", "evaluation", id));
    }
}
