package fr.agora.application.service.tutor;

import fr.agora.application.port.in.assessment.RecordEvaluationsUseCase;
import fr.agora.application.port.in.assessment.RecordEvaluationsUseCase.EvaluationInput;
import fr.agora.application.port.in.referentiel.FindReferentielUseCase;
import fr.agora.application.port.in.shared.Caller;
import fr.agora.application.port.in.tutor.SubmitTutorEvaluationCommand;
import fr.agora.application.port.in.tutor.TutorMark;
import fr.agora.application.port.in.tutor.TutorSheet;
import fr.agora.application.port.in.tutor.UseTutorLinkUseCase;
import fr.agora.application.port.out.assessment.LoadScalePort;
import fr.agora.application.port.out.school.LoadCohortPort;
import fr.agora.application.port.out.school.LoadPlacementsPort;
import fr.agora.application.port.out.school.LoadStudentPort;
import fr.agora.application.port.out.shared.TransactionPort;
import fr.agora.application.port.out.tutor.LoadTutorLinkPort;
import fr.agora.application.port.out.tutor.SaveTutorLinkPort;
import fr.agora.application.service.assessment.AssessmentLookups;
import fr.agora.application.service.school.SchoolLookups;
import fr.agora.domain.assessment.EvaluationScale;
import fr.agora.domain.assessment.ScaleLevel;
import fr.agora.domain.school.Cohort;
import fr.agora.domain.school.PfmpPeriod;
import fr.agora.domain.school.Placement;
import fr.agora.domain.school.Student;
import fr.agora.domain.shared.NotFoundException;
import fr.agora.domain.shared.RuleViolationException;
import fr.agora.domain.tutor.TutorLink;
import fr.agora.domain.tutor.TutorLinkGoneException;
import fr.agora.domain.tutor.TutorLinkTokens;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The tutor's page behind a link. The link stands for a TUTOR caller of its school under the placement's tutor
 * e-mail, so the evaluations go through the same use case, checks and tenancy as the API's (TUTEUR, placed in that
 * period, codes of the cohort's référentiel) and wait there for the teacher's validation.
 */
public final class UseTutorLinkService implements UseTutorLinkUseCase {

    private final LoadTutorLinkPort links;
    private final SaveTutorLinkPort save;
    private final LoadStudentPort students;
    private final LoadPlacementsPort placements;
    private final LoadCohortPort cohorts;
    private final LoadScalePort scales;
    private final FindReferentielUseCase referentiels;
    private final RecordEvaluationsUseCase evaluations;
    private final TransactionPort tx;
    private final Clock clock;

    public UseTutorLinkService(LoadTutorLinkPort links, SaveTutorLinkPort save, LoadStudentPort students, LoadPlacementsPort placements,
                               LoadCohortPort cohorts, LoadScalePort scales, FindReferentielUseCase referentiels,
                               RecordEvaluationsUseCase evaluations, TransactionPort tx, Clock clock) {
        this.links = links;
        this.save = save;
        this.students = students;
        this.placements = placements;
        this.cohorts = cohorts;
        this.scales = scales;
        this.referentiels = referentiels;
        this.evaluations = evaluations;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public TutorSheet open(String token) {
        TutorLink link = usable(token);
        Caller tutor = tutorOf(link);
        SchoolLookups.VisibleStudent visible = SchoolLookups.studentInView(students, placements, tutor, link.studentId().value());
        Student s = visible.student();
        // the link's period must still be one of the tutor's placements (a placement handed to another tutor closes it)
        if (!visible.view().sees(link.period())) throw new NotFoundException("placement-not-found", "placement", link.period().name());
        Cohort cohort = SchoolLookups.cohort(cohorts, tutor, s.cohortId());
        PfmpPeriod period = cohort.periods().stream().filter(p -> p.code() == link.period()).findFirst()
                .orElseThrow(() -> new NotFoundException("period-not-found", "period", link.period().name()));
        Placement placement = placements.loadPlacementsOfStudent(tutor.uai(), s.id()).stream().filter(p -> p.period() == link.period())
                .findFirst().orElseThrow(() -> new NotFoundException("placement-not-found", "placement", link.period().name()));
        return new TutorSheet(link, s, cohort, period, placement, referentiels.referentiel(cohort.referentielId()).competencies(),
                AssessmentLookups.scales(scales, tutor).current());
    }

    @Override
    public List<String> submit(SubmitTutorEvaluationCommand c) {
        TutorLink link = usable(c.token());
        Caller tutor = tutorOf(link);
        String today = LocalDate.now(clock).toString();
        String notAssessed = notAssessedLevel(AssessmentLookups.scales(scales, tutor).current());
        List<EvaluationInput> inputs = new ArrayList<>();
        for (TutorMark m : c.marks()) {
            if (!m.implemented()) continue;
            // mis en œuvre without a level: an observation at the scale's non-counting level (NE), which the grid reads
            // as "mis en œuvre, not assessed" (ScaleLevel.misEnOeuvre)
            String level = m.level() == null || m.level().isBlank() ? notAssessed : m.level();
            if (m.criteria().isEmpty()) {
                inputs.add(new EvaluationInput(link.studentId().value(), m.competency(), null, link.period().name(), today, level, null, null,
                        List.of(), List.of(), blankToNull(m.comment()), null));
            }
            for (String criterion : m.criteria()) {
                inputs.add(new EvaluationInput(link.studentId().value(), m.competency(), criterion, link.period().name(), today, level, null, null,
                        List.of(), List.of(), blankToNull(m.comment()), null));
            }
        }
        return tx.inTransaction(() -> {
            List<String> ids = inputs.isEmpty() ? List.of() : evaluations.record(new RecordEvaluationsUseCase.Command(tutor,
                    "tutor-link-" + link.id() + "-" + c.submissionId(), inputs)).ids().stream().map(id -> id.value()).toList();
            save.recordSubmission(link.id(), clock.instant(), blankToNull(c.appreciation()));
            return ids;
        });
    }

    private TutorLink usable(String token) {
        if (!TutorLinkTokens.wellFormed(token)) throw new NotFoundException("tutor-link-not-found", "token", "unknown link");
        TutorLink link = links.loadByTokenHash(TutorLinkTokens.hash(token))
                .orElseThrow(() -> new NotFoundException("tutor-link-not-found", "token", "unknown link"));
        TutorLink.State state = link.state(clock.instant());
        if (state != TutorLink.State.ACTIVE) throw new TutorLinkGoneException(state);
        return link;
    }

    private static String notAssessedLevel(EvaluationScale scale) {
        return scale.levels().stream().filter(l -> !l.counts() && l.misEnOeuvre()).map(ScaleLevel::code).findFirst()
                .orElseThrow(() -> new RuleViolationException("scale-without-not-assessed-level", "level",
                        "the school's scale has no non-counting level (such as NE) to record a competency mis en œuvre without a level"));
    }

    private static Caller tutorOf(TutorLink link) {
        // one identity per link: its submissions' idempotency keys are scoped to it
        return new Caller(link.uai(), Caller.Role.TUTOR, link.tutorEmail(), "link:" + link.id());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
