package fr.agora.application.service.school;

import static fr.agora.application.service.support.EvaluationWorld.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.application.port.in.assessment.CorrectEvaluationUseCase;
import fr.agora.application.port.in.assessment.GetAggregatedStateUseCase;
import fr.agora.application.port.in.assessment.RecordEvaluationsUseCase.Command;
import fr.agora.application.port.in.assessment.RecordEvaluationsUseCase.EvaluationInput;
import fr.agora.application.port.in.coverage.GetStudentCoverageUseCase;
import fr.agora.application.port.in.shared.Caller;
import fr.agora.application.service.assessment.GetEvaluationHistoryService;
import fr.agora.application.service.support.EvaluationWorld;
import fr.agora.domain.assessment.AggregatedState;
import fr.agora.domain.assessment.AggregationPolicy;
import fr.agora.domain.assessment.Evaluation;
import fr.agora.domain.assessment.EvaluationId;
import fr.agora.domain.assessment.EvaluatorRole;
import fr.agora.domain.coverage.CellState;
import fr.agora.domain.coverage.CoverageMatrix;
import fr.agora.domain.school.OrganisationKind;
import fr.agora.domain.school.PeriodCode;
import fr.agora.domain.school.Placement;
import fr.agora.domain.school.Student;
import fr.agora.domain.school.StudentId;
import fr.agora.domain.shared.NotFoundException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The tutor's view, worked on one student: Carla is placed in P1 with tutor A (martin@mairie.fr, {@code TUTOR_A}) and in
 * P2 with tutor B (roux@maif.fr); a teacher commented on her in both periods, and each tutor commented on their own
 * period. Tutor A sees P1 only, without the teacher's comment; tutor B sees P2 only; the teacher sees everything.
 */
class TutorViewTest {

    private static final StudentId CARLA = StudentId.of("carla");
    private static final Caller TUTOR_B = new Caller(A, Caller.Role.TUTOR, " Roux@MAIF.fr ");
    private static final String TEACHER_P1 = "Trop lent au téléphone, à revoir en classe";
    private static final String TUTOR_P1 = "Bon accueil du public";
    private static final String TEACHER_P2 = "Absente lors de la visite";
    private static final String TUTOR_P2 = "Retards répétés";

    private final EvaluationWorld w = new EvaluationWorld();
    private final GetEvaluationHistoryService history = new GetEvaluationHistoryService(w.store, w.store, w.store);
    private final String teacherP1;
    private final String tutorP1;
    private final String teacherP2;

    TutorViewTest() {
        w.store.add(new Student(CARLA, A, COHORT_A, null, "BERNARD", "Carla"));
        w.store.add(new Placement(CARLA, PeriodCode.P1, "Mairie de Lyon", OrganisationKind.COLLECTIVITE, "M. Martin", "martin@mairie.fr"));
        w.store.add(new Placement(CARLA, PeriodCode.P2, "MAIF", OrganisationKind.MUTUELLE, "Mme Roux", "roux@maif.fr"));
        // 1.1.1 on the LSL scale (1 = 0, 4 = 100): teacher 4 and tutor A 1 in P1, teacher 1 and tutor B 1 in P2
        teacherP1 = one(TEACHER_A, "t1", "P1", "2025-01-10", "4", null, TEACHER_P1);
        tutorP1 = one(TUTOR_A, "a1", "P1", "2025-02-01", "1", "TUTEUR", TUTOR_P1);
        teacherP2 = one(TEACHER_A, "t2", "P2", "2025-07-10", "1", null, TEACHER_P2);
        one(TUTOR_B, "b1", "P2", "2025-07-20", "1", "TUTEUR", TUTOR_P2);
    }

    private String one(Caller by, String key, String period, String date, String level, String role, String comment) {
        EvaluationInput in = new EvaluationInput(CARLA.value(), "1.1.1", null, period, date, level, null, role, List.of(), List.of(), comment, null);
        return w.record.record(new Command(by, key, List.of(in))).ids().get(0).value();
    }

    @Test
    void tutor_a_reads_the_history_of_p1_only_without_the_teachers_comment() {
        List<Evaluation> seen = history.history(TUTOR_A, "carla", null);
        assertThat(seen).extracting(Evaluation::period).containsOnly(PeriodCode.P1);
        assertThat(seen).extracting(e -> e.id().value()).containsExactly(teacherP1, tutorP1);
        assertThat(seen).extracting(Evaluation::comment).containsExactly(null, TUTOR_P1);
        // the teacher's level is still there: only the comment is teacher-only
        assertThat(seen.get(0).levelCode()).isEqualTo("4");

        List<Evaluation> b = history.history(TUTOR_B, "carla", null);
        assertThat(b).extracting(Evaluation::period).containsOnly(PeriodCode.P2);
        assertThat(b).extracting(Evaluation::comment).containsExactly(null, TUTOR_P2);

        List<Evaluation> teacher = history.history(TEACHER_A, "carla", null);
        assertThat(teacher).extracting(Evaluation::comment).containsExactly(TEACHER_P1, TUTOR_P1, TEACHER_P2, TUTOR_P2);
    }

    @Test
    void the_state_a_tutor_reads_is_computed_over_their_periods_only() {
        GetAggregatedStateUseCase.Query mine = new GetAggregatedStateUseCase.Query(TUTOR_A, "carla", "1.1.1", AggregationPolicy.mean());
        AggregatedState a = w.aggregatedState.aggregatedState(mine);
        // P1 only: (100 + 0) / 2 = 50.00
        assertThat(a.score()).isEqualByComparingTo("50.00");
        assertThat(a.contributions()).extracting(c -> c.evaluationId().value()).containsExactlyInAnyOrder(teacherP1, tutorP1);
        assertThat(a.contributions()).extracting(AggregatedState.Contribution::period).containsOnly(PeriodCode.P1);
        // the teacher: all four, (100 + 0 + 0 + 0) / 4 = 25.00
        AggregatedState all = w.aggregatedState.aggregatedState(new GetAggregatedStateUseCase.Query(TEACHER_A, "carla", "1.1.1", AggregationPolicy.mean()));
        assertThat(all.score()).isEqualByComparingTo("25.00");
        assertThat(all.contributions()).hasSize(4);
    }

    @Test
    void a_tutors_coverage_has_their_periods_as_columns_and_counts_nothing_else() {
        CoverageMatrix a = w.studentCoverage.studentCoverage(new GetStudentCoverageUseCase.Query(TUTOR_A, "carla", AggregationPolicy.mean(), null));
        assertThat(a.periods()).containsExactly(PeriodCode.P1);
        assertThat(a.cells().get("1.1.1")).containsOnlyKeys(PeriodCode.P1).containsEntry(PeriodCode.P1, CellState.PROFICIENT);
        assertThat(a.overall().get("1.1.1").score()).isEqualByComparingTo("50.00");
        assertThat(a.neverEvaluated()).containsExactly("1.1.2", "2.1.1", "3.1.1");

        CoverageMatrix b = w.studentCoverage.studentCoverage(new GetStudentCoverageUseCase.Query(TUTOR_B, "carla", AggregationPolicy.mean(), null));
        assertThat(b.periods()).containsExactly(PeriodCode.P2);
        assertThat(b.cells().get("1.1.1")).containsExactly(Map.entry(PeriodCode.P2, CellState.EVALUATED));
        assertThat(b.overall().get("1.1.1").score()).isEqualByComparingTo("0");

        CoverageMatrix teacher = w.studentCoverage.studentCoverage(new GetStudentCoverageUseCase.Query(TEACHER_A, "carla", AggregationPolicy.mean(), null));
        assertThat(teacher.periods()).containsExactly(PeriodCode.values());
    }

    @Test
    void a_teachers_correction_that_rewrites_the_comment_makes_it_teacher_only_and_a_validation_keeps_the_tutors() {
        Evaluation fix = w.correct.correct(new CorrectEvaluationUseCase.Command(TEACHER_A, "carla", tutorP1, "2", null, "Le tuteur est trop indulgent"));
        String own = one(TUTOR_A, "a2", "P1", "2025-02-02", "3", "TUTEUR", "Autonome sur le classement");
        Evaluation validated = w.correct.validate(new CorrectEvaluationUseCase.ValidateCommand(TEACHER_A, "carla", own));

        Map<String, String> comments = new HashMap<>();
        for (Evaluation e : history.history(TUTOR_A, "carla", null)) comments.put(e.id().value(), e.comment());
        assertThat(comments).containsEntry(tutorP1, TUTOR_P1)           // the tutor's own words, superseded but theirs
                .containsEntry(fix.id().value(), null)                   // the teacher's rewrite
                .containsEntry(own, "Autonome sur le classement")
                .containsEntry(validated.id().value(), "Autonome sur le classement")
                .containsEntry(teacherP1, null);
    }

    @Test
    void a_tutor_cannot_correct_a_record_of_another_period_and_is_told_it_does_not_exist() {
        assertThatThrownBy(() -> w.correct.correct(new CorrectEvaluationUseCase.Command(TUTOR_A, "carla", teacherP2, "3", null, null)))
                .isInstanceOf(NotFoundException.class).extracting("problemType").isEqualTo("evaluation-not-found");
        // a tutor placed with the student in no period does not see the student at all
        Caller stranger = new Caller(A, Caller.Role.TUTOR, "nobody@ailleurs.fr");
        assertThatThrownBy(() -> history.history(stranger, "carla", null)).isInstanceOf(NotFoundException.class);
    }

    // ---- the comment rule on hand-made records ----

    private static final Instant T0 = Instant.parse("2025-02-01T10:00:00Z");

    private static Evaluation record(String id, EvaluatorRole role, String evaluator, String comment, String supersedes, String recordedBy,
                                     String validatedBy) {
        return new Evaluation(new EvaluationId(id), CARLA, "1.1.1", null, PeriodCode.P1, LocalDate.of(2025, 2, 1), "3", 1, evaluator, role,
                Set.of(), Set.of(), comment, null, supersedes == null ? null : new EvaluationId(supersedes), recordedBy, T0, validatedBy);
    }

    private static boolean tutorWrote(Evaluation e, Evaluation... chain) {
        Map<EvaluationId, Evaluation> byId = new HashMap<>();
        for (Evaluation x : chain) byId.put(x.id(), x);
        byId.put(e.id(), e);
        return TutorView.commentWrittenByTutor(e, byId);
    }

    @Test
    void whose_comment_it_is() {
        Evaluation tutors = record("e1", EvaluatorRole.TUTEUR, "martin@mairie.fr", "Très bien", null, "Martin@Mairie.fr", null);
        Evaluation teachers = record("e2", EvaluatorRole.ENSEIGNANT, "prof@lycee-a.fr", "À revoir", null, "prof@lycee-a.fr", null);
        Evaluation jury = record("e3", EvaluatorRole.JURY, "jury@lycee-a.fr", "Oral fragile", null, "jury@lycee-a.fr", null);
        assertThat(tutorWrote(tutors)).isTrue();
        assertThat(tutorWrote(teachers)).isFalse();
        assertThat(tutorWrote(jury)).isFalse();

        // the tutor's own correction, a teacher's correction keeping the text, a teacher's rewrite, a validation
        Evaluation selfFix = record("e4", EvaluatorRole.TUTEUR, "martin@mairie.fr", "Très bien, autonome", "e1", "MARTIN@mairie.fr", null);
        Evaluation keptText = record("e5", EvaluatorRole.TUTEUR, "martin@mairie.fr", "Très bien", "e1", "prof@lycee-a.fr", null);
        Evaluation rewrite = record("e6", EvaluatorRole.TUTEUR, "martin@mairie.fr", "Noté trop haut", "e1", "prof@lycee-a.fr", null);
        Evaluation validation = record("e7", EvaluatorRole.TUTEUR, "martin@mairie.fr", "Très bien", "e1", "prof@lycee-a.fr", "prof@lycee-a.fr");
        Evaluation validatedRewrite = record("e8", EvaluatorRole.TUTEUR, "martin@mairie.fr", "Noté trop haut", "e6", "prof@lycee-a.fr", "prof@lycee-a.fr");
        assertThat(tutorWrote(selfFix, tutors)).isTrue();
        assertThat(tutorWrote(keptText, tutors)).isTrue();
        assertThat(tutorWrote(rewrite, tutors)).isFalse();
        assertThat(tutorWrote(validation, tutors)).isTrue();
        assertThat(tutorWrote(validatedRewrite, tutors, rewrite)).isFalse();
        // a correction whose record is missing is judged on its own recorder; no comment, nothing to hide
        assertThat(tutorWrote(rewrite)).isFalse();
        assertThat(tutorWrote(record("e9", EvaluatorRole.ENSEIGNANT, "prof@lycee-a.fr", null, null, "prof@lycee-a.fr", null))).isTrue();
    }

    @Test
    void the_view_of_staff_is_everything_and_of_a_tutor_their_placements() {
        List<Placement> carla = List.of(
                new Placement(CARLA, PeriodCode.P2, "MAIF", OrganisationKind.MUTUELLE, "Mme Roux", "roux@maif.fr"),
                new Placement(CARLA, PeriodCode.P1, "Mairie", OrganisationKind.COLLECTIVITE, "M. Martin", "martin@mairie.fr"),
                new Placement(CARLA, PeriodCode.P4, "Mairie", OrganisationKind.COLLECTIVITE, "M. Martin", "martin@mairie.fr"));
        TutorView a = TutorView.of(TUTOR_A, carla);
        assertThat(a.restricted()).isTrue();
        assertThat(a.columns(List.of(PeriodCode.values()))).containsExactly(PeriodCode.P1, PeriodCode.P4);
        assertThat(a.placements(carla)).extracting(Placement::period).containsExactly(PeriodCode.P1, PeriodCode.P4);
        assertThat(a.sees(PeriodCode.P2)).isFalse();
        for (Caller staff : List.of(TEACHER_A, ADMIN_A, ENT_A)) {
            TutorView v = TutorView.of(staff, carla);
            assertThat(v.restricted()).isFalse();
            assertThat(v.placements(carla)).hasSize(3);
            assertThat(v.columns(List.of(PeriodCode.P1, PeriodCode.P2))).containsExactly(PeriodCode.P1, PeriodCode.P2);
        }
        assertThat(TutorView.of(new Caller(A, Caller.Role.TUTOR, "nobody@ailleurs.fr"), carla).seesAnything()).isFalse();
    }
}
