package fr.agora.application.service.assessment;

import fr.agora.domain.shared.CanonicalForm;
import fr.agora.application.port.out.assessment.LoadFrameworkPort;
import fr.agora.application.port.out.assessment.LoadScalePort;
import fr.agora.application.port.out.school.LoadCohortPort;
import fr.agora.application.port.out.school.LoadStudentPort;
import fr.agora.application.service.school.SchoolLookups;
import fr.agora.application.port.in.shared.Caller;
import fr.agora.application.port.in.assessment.RecordEvaluationsUseCase;
import fr.agora.application.port.out.assessment.IdempotencyPort;
import fr.agora.application.port.out.school.LoadPlacementsPort;
import fr.agora.application.port.out.assessment.SaveEvaluationsPort;
import fr.agora.application.port.out.shared.TransactionPort;
import fr.agora.application.port.out.webhook.PublishWebhookEventPort;
import fr.agora.application.service.webhook.WebhookEvents;
import fr.agora.domain.school.Cohort;
import fr.agora.domain.assessment.CompetencyFramework;
import fr.agora.domain.assessment.Evaluation;
import fr.agora.domain.assessment.EvaluationId;
import fr.agora.domain.shared.RuleViolationException;
import fr.agora.domain.assessment.EvaluationRules;
import fr.agora.domain.assessment.EvaluatorRole;
import fr.agora.domain.school.PeriodCode;
import fr.agora.domain.school.Placement;
import fr.agora.domain.assessment.ScaleHistory;
import fr.agora.domain.school.Student;
import fr.agora.domain.school.StudentId;
import fr.agora.domain.school.TutorPolicy;
import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Checks every evaluation of a batch (field errors are prefixed {@code evaluations[i].}), then appends them all and
 * remembers the idempotency key in one transaction.
 *
 * <p>Who may record what: a TUTOR caller records only as {@code TUTEUR} under their own e-mail, and only for a
 * student placed with them in that period; a TEACHER records as {@code ENSEIGNANT} or {@code JURY} under their own
 * id; ENT_INTEGRATION and SCHOOL_ADMIN are trusted server-side clients that name the evaluator, the tutor rule
 * still applying to {@code TUTEUR} evaluations.
 */
public final class RecordEvaluationsService implements RecordEvaluationsUseCase {

    /** How long a key is remembered (the draft's §2.3 expiry policy, published in docs/idempotency.md). */
    public static final Duration KEY_RETENTION = Duration.ofHours(24);

    private final LoadStudentPort students;
    private final LoadCohortPort cohorts;
    private final LoadFrameworkPort frameworks;
    private final LoadScalePort scales;
    private final LoadPlacementsPort placements;
    private final SaveEvaluationsPort save;
    private final IdempotencyPort idempotency;
    private final TransactionPort tx;
    private final Clock clock;
    private final PublishWebhookEventPort publish;

    public RecordEvaluationsService(LoadStudentPort students, LoadCohortPort cohorts, LoadFrameworkPort frameworks, LoadScalePort scales, LoadPlacementsPort placements, SaveEvaluationsPort save,
                                    IdempotencyPort idempotency, TransactionPort tx, Clock clock, PublishWebhookEventPort publish) {
        this.students = students;
        this.cohorts = cohorts;
        this.frameworks = frameworks;
        this.scales = scales;
        this.placements = placements;
        this.save = save;
        this.idempotency = idempotency;
        this.tx = tx;
        this.clock = clock;
        this.publish = publish;
    }

    @Override
    public Result record(Command command) {
        Caller caller = command.caller();
        String fingerprint = fingerprint(command.operation(), command.evaluations());
        IdempotencyPort.Scope scope = new IdempotencyPort.Scope(caller.uai(), caller.clientId(), command.idempotencyKey());
        Optional<Result> replay = replay(scope, fingerprint);
        if (replay.isPresent()) return replay.get();

        ScaleHistory scales = AssessmentLookups.scales(this.scales, caller);
        Map<String, Student> students = new HashMap<>();
        Map<String, Cohort> cohorts = new HashMap<>();
        Map<String, CompetencyFramework> frameworks = new HashMap<>();
        Map<String, List<Placement>> placementsOf = new HashMap<>();
        Instant now = clock.instant();
        List<Evaluation> batch = new ArrayList<>(command.evaluations().size());
        java.util.Set<String> seen = new HashSet<>();
        for (int i = 0; i < command.evaluations().size(); i++) {
            EvaluationInput in = command.evaluations().get(i);
            try {
                Student student = students.computeIfAbsent(in.studentId() == null ? "" : in.studentId().trim(), id -> {
                    try {
                        return SchoolLookups.visibleStudent(this.students, this.placements, caller, id);
                    } catch (NotFoundException e) {
                        throw new InvalidInputException("unknown-student", "studentId", "unknown student '" + id + "'", Map.of("value", id));
                    }
                });
                Cohort cohort = cohorts.computeIfAbsent(student.cohortId().value(), c -> SchoolLookups.cohort(this.cohorts, caller, student.cohortId()));
                CompetencyFramework fw = frameworks.computeIfAbsent(cohort.id().value(), c -> AssessmentLookups.framework(this.frameworks, cohort));
                Evaluation e = toEvaluation(caller, in, scales.current().version(), now);
                checkDate(e.date(), cohort, LocalDate.ofInstant(now, clock.getZone()));
                EvaluationRules.validate(e, fw, scales);
                if (e.evaluatorRole() == EvaluatorRole.TUTEUR) {
                    List<Placement> ps = placementsOf.computeIfAbsent(student.id().value(),
                            s -> placements.loadPlacementsOfStudent(caller.uai(), student.id()));
                    if (!TutorPolicy.tutorMayEvaluate(e.evaluatorId(), student.id(), e.period(), ps)) {
                        throw new RuleViolationException("tutor-not-placed", "evaluations[" + i + "].period",
                                "tutor " + e.evaluatorId() + " has no placement of this student in " + e.period());
                    }
                }
                if (!seen.add(canonical(new CanonicalForm(), in).text())) {
                    throw new InvalidInputException("evaluations[" + i + "]", "the same evaluation appears twice in the request");
                }
                batch.add(e);
            } catch (InvalidInputException ex) {
                throw ex.field() != null && ex.field().startsWith("evaluations[") ? ex : ex.under("evaluations[" + i + "]");
            }
        }
        List<EvaluationId> ids = batch.stream().map(Evaluation::id).toList();
        Set<StudentId> touched = new LinkedHashSet<>();
        batch.forEach(e -> touched.add(e.studentId()));
        return tx.inTransaction(() -> {
            Optional<Result> raced = replay(scope, fingerprint);
            if (raced.isPresent()) return raced.get();
            save.appendEvaluations(caller.uai(), batch);
            publish.publish(WebhookEvents.recorded(caller.uai(), batch));
            idempotency.remember(scope, new IdempotencyPort.Entry(fingerprint, ids.stream().map(EvaluationId::value).toList(), now),
                    touched, now.minus(KEY_RETENTION));
            return new Result(ids, false);
        });
    }

    /**
     * The draft's enforcement (docs/idempotency.md): a key already used by this caller within the window replays the
     * first answer when the request is the same, and is a 422 when it is not.
     */
    private Optional<Result> replay(IdempotencyPort.Scope scope, String fingerprint) {
        return idempotency.find(scope, clock.instant().minus(KEY_RETENTION)).map(entry -> {
            if (!entry.fingerprint().equals(fingerprint)) {
                throw new RuleViolationException("idempotency-key-reused", "idempotencyKey", "idempotency key '" + scope.key()
                        + "' was already used for another request (another operation or payload) within " + KEY_RETENTION.toHours() + " h");
            }
            return new Result(entry.resultIds().stream().map(EvaluationId::new).toList(), true);
        });
    }

    /** Not after today (the clock's zone: Europe/Paris), and within the cohort's training (a 1582 date is no PFMP). */
    static void checkDate(LocalDate date, Cohort cohort, LocalDate today) {
        if (date.isAfter(today)) {
            throw new InvalidInputException("date", "date " + date + " is in the future (today is " + today + ")");
        }
        if (!cohort.spans(date)) {
            throw new InvalidInputException("date", "date " + date + " is outside the training of cohort '" + cohort.name()
                    + "' (exam session " + cohort.examSessionYear() + ")");
        }
    }

    static Evaluation toEvaluation(Caller caller, EvaluationInput in, int scaleVersion, Instant now) {
        PeriodCode period = PeriodCode.parse("period", in.period());
        LocalDate date;
        if (in.date() == null) throw new InvalidInputException("date", "date is required");
        try {
            date = LocalDate.parse(in.date().trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("date", "date '" + in.date() + "' must be an ISO date (yyyy-MM-dd)");
        }
        String evaluatorId = in.evaluatorId();
        EvaluatorRole role;
        switch (caller.role()) {
            case TUTOR -> {
                role = in.evaluatorRole() == null ? EvaluatorRole.TUTEUR : EvaluatorRole.parse("evaluatorRole", in.evaluatorRole());
                if (role != EvaluatorRole.TUTEUR) throw new InvalidInputException("evaluatorRole", "a tutor records TUTEUR evaluations only");
                evaluatorId = caller.subject().trim().toLowerCase(Locale.ROOT);
            }
            case TEACHER -> {
                role = in.evaluatorRole() == null ? EvaluatorRole.ENSEIGNANT : EvaluatorRole.parse("evaluatorRole", in.evaluatorRole());
                if (role == EvaluatorRole.TUTEUR) throw new InvalidInputException("evaluatorRole", "a teacher records ENSEIGNANT or JURY evaluations");
                evaluatorId = caller.subject();
            }
            default -> {
                role = EvaluatorRole.parse("evaluatorRole", in.evaluatorRole());
                if (role == EvaluatorRole.TUTEUR && evaluatorId != null) evaluatorId = evaluatorId.trim().toLowerCase(Locale.ROOT);
            }
        }
        String criterion = in.criterion() == null || in.criterion().isBlank() ? null : in.criterion().trim();
        return new Evaluation(EvaluationId.random(), fr.agora.domain.school.StudentId.of(in.studentId()),
                in.competency() == null ? null : in.competency().trim(), criterion, period, date,
                in.level() == null ? null : in.level().trim(), scaleVersion, evaluatorId, role,
                new HashSet<>(in.complexityFactors()), new HashSet<>(in.aleas()), in.comment(), in.evidenceLink(), null,
                caller.subject(), now, null);
    }

    /**
     * SHA-256 of the request's canonical form ({@link CanonicalForm}): a version tag, the operation, then each
     * evaluation's twelve fields in the order of {@link EvaluationInput}, as sent (complexity factors and aléas, which
     * are stored as sets, sorted). Never a record's {@code toString()}.
     */
    static String fingerprint(String operation, List<EvaluationInput> inputs) {
        CanonicalForm form = new CanonicalForm().add("agora-evaluations-v1").add(operation).count(inputs.size());
        for (EvaluationInput in : inputs) canonical(form, in);
        return form.sha256();
    }

    private static CanonicalForm canonical(CanonicalForm form, EvaluationInput in) {
        return form.add(in.studentId()).add(in.competency()).add(in.criterion()).add(in.period()).add(in.date()).add(in.level())
                .add(in.evaluatorId()).add(in.evaluatorRole()).add(new TreeSet<>(in.complexityFactors())).add(new TreeSet<>(in.aleas()))
                .add(in.comment()).add(in.evidenceLink());
    }
}
