package fr.agora.application.service.evaluation;

import fr.agora.application.port.in.evaluation.Caller;
import fr.agora.application.port.in.evaluation.CorrectEvaluationUseCase;
import fr.agora.application.port.out.evaluation.LoadEvaluationsPort;
import fr.agora.application.port.out.evaluation.SaveEvaluationsPort;
import fr.agora.application.port.out.evaluation.TransactionPort;
import fr.agora.domain.evaluation.Evaluation;
import fr.agora.domain.evaluation.EvaluationHistory;
import fr.agora.domain.evaluation.EvaluationId;
import fr.agora.domain.evaluation.EvaluationRuleViolationException;
import fr.agora.domain.evaluation.ScaleHistory;
import fr.agora.domain.evaluation.Student;
import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * Corrections and validations are appended records that supersede; the history check and the store's unique
 * {@code supersedes} make a concurrent second correction a 409. A tutor corrects only their own evaluations;
 * only a teacher validates.
 */
public final class CorrectEvaluationService implements CorrectEvaluationUseCase {

    private final SchoolContext school;
    private final LoadEvaluationsPort load;
    private final SaveEvaluationsPort save;
    private final TransactionPort tx;
    private final Clock clock;

    public CorrectEvaluationService(SchoolContext school, LoadEvaluationsPort load, SaveEvaluationsPort save, TransactionPort tx, Clock clock) {
        this.school = school;
        this.load = load;
        this.save = save;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public Evaluation correct(Command c) {
        Caller caller = c.caller();
        Student student = school.visibleStudent(caller, c.studentId());
        return tx.inTransaction(() -> {
            EvaluationHistory h = EvaluationHistory.of(student.id(), load.loadEvaluationsOfStudent(caller.uai(), student.id()));
            Evaluation old = find(h, c.evaluationId());
            if (caller.role() == Caller.Role.TUTOR && !old.evaluatorId().equals(caller.subject().trim().toLowerCase(Locale.ROOT))) {
                throw new EvaluationRuleViolationException("not-own-evaluation", "evaluationId", "a tutor corrects only their own evaluations");
            }
            LocalDate date = old.date();
            if (c.date() != null && !c.date().isBlank()) {
                try {
                    date = LocalDate.parse(c.date().trim());
                } catch (DateTimeParseException e) {
                    throw new InvalidInputException("date", "date '" + c.date() + "' must be an ISO date (yyyy-MM-dd)");
                }
            }
            ScaleHistory scales = school.scales(caller);
            scales.version(old.scaleVersion()).orElseThrow().requireLevel("level", c.level().trim());
            Evaluation fix = old.correctedBy(EvaluationId.random(), c.level().trim(), date, c.comment(), caller.subject(), clock.instant());
            h.append(fix);
            save.appendEvaluations(caller.uai(), List.of(fix));
            return fix;
        });
    }

    @Override
    public Evaluation validate(ValidateCommand c) {
        Caller caller = c.caller();
        SchoolContext.requireRole(caller, Caller.Role.TEACHER);
        Student student = school.visibleStudent(caller, c.studentId());
        return tx.inTransaction(() -> {
            EvaluationHistory h = EvaluationHistory.of(student.id(), load.loadEvaluationsOfStudent(caller.uai(), student.id()));
            Evaluation old = find(h, c.evaluationId());
            if (old.isValidated()) return old;
            Evaluation v = old.validatedBy(EvaluationId.random(), caller.subject(), clock.instant());
            h.append(v);
            save.appendEvaluations(caller.uai(), List.of(v));
            return v;
        });
    }

    private static Evaluation find(EvaluationHistory h, String id) {
        return h.find(new EvaluationId(id.trim())).orElseThrow(() -> new NotFoundException("evaluation-not-found", "evaluation", id));
    }
}
