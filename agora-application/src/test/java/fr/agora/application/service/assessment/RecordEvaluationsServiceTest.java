package fr.agora.application.service.assessment;

import fr.agora.application.service.support.EvaluationWorld;
import static fr.agora.application.service.support.EvaluationWorld.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.application.port.in.assessment.ImportEvaluationsCsvUseCase;
import fr.agora.application.port.in.assessment.RecordEvaluationsUseCase.Command;
import fr.agora.application.port.in.assessment.RecordEvaluationsUseCase.EvaluationInput;
import fr.agora.application.port.in.assessment.RecordEvaluationsUseCase.Result;
import fr.agora.domain.assessment.Evaluation;
import fr.agora.domain.shared.RuleViolationException;
import fr.agora.domain.assessment.EvaluatorRole;
import fr.agora.domain.shared.InvalidFileException;
import fr.agora.domain.shared.DomainException;
import fr.agora.domain.shared.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordEvaluationsServiceTest {

    private final EvaluationWorld w = new EvaluationWorld();

    private static String field(Throwable t) {
        return ((DomainException) t).field();
    }

    @Test
    void a_batch_is_stored_with_who_and_when() {
        Result r = w.record.record(new Command(ENT_A, "k1", List.of(
                input(ALICE, "1.1.1", "P1", "2025-01-10", "3"),
                new EvaluationInput(ALICE.value(), "1.1.1", "1.1.1-a", "P1", "2025-01-12", "4", "Martin@mairie.fr", "tuteur",
                        List.of("CF1"), List.of("AL1"), "bien", "https://ent.example/preuve/1"),
                input(BOB, "2.1.1", "P2", "2025-07-10", "NE"))));
        assertThat(r.replayed()).isFalse();
        assertThat(r.ids()).hasSize(3);
        List<Evaluation> stored = w.store.evaluations();
        assertThat(stored).extracting(Evaluation::id).containsExactlyElementsOf(r.ids());
        Evaluation tutor = stored.get(1);
        assertThat(tutor.evaluatorRole()).isEqualTo(EvaluatorRole.TUTEUR);
        assertThat(tutor.evaluatorId()).isEqualTo("martin@mairie.fr");
        assertThat(tutor.recordedBy()).isEqualTo("ent-client-a");
        assertThat(tutor.recordedAt()).isEqualTo(w.clock.instant());
        assertThat(tutor.scaleVersion()).isEqualTo(1);
        assertThat(w.store.transactions).isEqualTo(1);
    }

    @Test
    void replaying_a_key_returns_the_first_answer_and_stores_nothing_more() {
        List<EvaluationInput> batch = List.of(input(ALICE, "1.1.1", "P1", "2025-01-10", "3"));
        Result first = w.record.record(new Command(ENT_A, "k1", batch));
        Result again = w.record.record(new Command(ENT_A, "k1", batch));
        assertThat(again.replayed()).isTrue();
        assertThat(again.ids()).isEqualTo(first.ids());
        assertThat(w.store.evaluations()).hasSize(1);
        // the same key in another school is another key
        assertThat(w.record.record(new Command(TEACHER_B, "k1", List.of(input(ZOE, "1.1.1", "P1", "2025-01-10", "3")))).replayed()).isFalse();
    }

    @Test
    void a_key_reused_with_another_payload_is_refused_as_the_draft_says() {
        w.record.record(new Command(ENT_A, "k1", List.of(input(ALICE, "1.1.1", "P1", "2025-01-10", "3"))));
        assertThatThrownBy(() -> w.record.record(new Command(ENT_A, "k1", List.of(input(ALICE, "1.1.1", "P1", "2025-01-10", "4")))))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.problemType()).isEqualTo("idempotency-key-reused"))
                .extracting(RecordEvaluationsServiceTest::field).isEqualTo("idempotencyKey");
        assertThat(w.store.evaluations()).hasSize(1);
    }

    @Test
    void one_bad_evaluation_refuses_the_whole_batch_naming_the_field() {
        List<EvaluationInput> batch = List.of(input(ALICE, "1.1.1", "P1", "2025-01-10", "3"), input(ALICE, "9.9.9", "P1", "2025-01-10", "3"));
        assertThatThrownBy(() -> w.record.record(new Command(ENT_A, "k1", batch)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("9.9.9")
                .extracting(RecordEvaluationsServiceTest::field).isEqualTo("evaluations[1].competency");
        assertThat(w.store.evaluations()).isEmpty();
        // and the key stays free
        assertThat(w.record.record(new Command(ENT_A, "k1", batch.subList(0, 1))).replayed()).isFalse();
    }

    @Test
    void every_field_error_is_named() {
        record Case(EvaluationInput in, String field) { }
        List<Case> cases = List.of(
                new Case(input(ALICE, "1.1.1", "P9", "2025-01-10", "3"), "evaluations[0].period"),
                new Case(input(ALICE, "1.1.1", "P1", "10/01/2025", "3"), "evaluations[0].date"),
                new Case(input(ALICE, "1.1.1", "P1", "2025-01-10", "7"), "evaluations[0].level"),
                new Case(input(ZOE, "1.1.1", "P1", "2025-01-10", "3"), "evaluations[0].studentId"),
                new Case(new EvaluationInput("nobody", "1.1.1", null, "P1", "2025-01-10", "3", "x", "ENSEIGNANT", null, null, null, null), "evaluations[0].studentId"),
                new Case(new EvaluationInput(ALICE.value(), "1.1.1", "1.1.2-c1", "P1", "2025-01-10", "3", "x", "ENSEIGNANT", null, null, null, null), "evaluations[0].criterion"),
                new Case(new EvaluationInput(ALICE.value(), "1.1.1", null, "P1", "2025-01-10", "3", "x", "ENSEIGNANT", List.of("CF9"), null, null, null), "evaluations[0].complexityFactors[0]"),
                new Case(new EvaluationInput(ALICE.value(), "1.1.1", null, "P1", "2025-01-10", "3", "x", "ENSEIGNANT", null, List.of("AL9"), null, null), "evaluations[0].aleas[0]"),
                new Case(new EvaluationInput(ALICE.value(), "1.1.1", null, "P1", "2025-01-10", "3", "x", "BOSS", null, null, null, null), "evaluations[0].evaluatorRole"),
                new Case(new EvaluationInput(ALICE.value(), "1.1.1", null, "P1", "2025-01-10", "3", "x", "ENSEIGNANT", null, null, null, "javascript:x"), "evaluations[0].evidenceLink"));
        for (Case c : cases) {
            assertThatThrownBy(() -> w.record.record(new Command(ENT_A, "k", List.of(c.in())))).as(c.field())
                    .isInstanceOf(InvalidInputException.class).extracting(RecordEvaluationsServiceTest::field).isEqualTo(c.field());
        }
        assertThat(w.store.evaluations()).isEmpty();
        assertThatThrownBy(() -> new Command(ENT_A, " ", List.of(input(ALICE, "1.1.1", "P1", "2025-01-10", "3"))))
                .extracting(RecordEvaluationsServiceTest::field).isEqualTo("idempotencyKey");
        assertThatThrownBy(() -> new Command(ENT_A, "k", List.of())).extracting(RecordEvaluationsServiceTest::field).isEqualTo("evaluations");
    }

    @Test
    void a_tutor_evaluates_only_students_placed_with_them_in_their_period() {
        Result ok = w.record.record(new Command(TUTOR_A, "t1", List.of(tutorInput(ALICE, "1.1.1", "P2", "3"))));
        Evaluation e = w.store.evaluations().get(0);
        assertThat(e.id()).isEqualTo(ok.ids().get(0));
        assertThat(e.evaluatorId()).isEqualTo("martin@mairie.fr"); // forced to the caller, whatever was sent
        assertThatThrownBy(() -> w.record.record(new Command(TUTOR_A, "t2", List.of(tutorInput(ALICE, "1.1.1", "P3", "3")))))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("P3");
        // Bob was never placed with this tutor: he does not exist for them
        assertThatThrownBy(() -> w.record.record(new Command(TUTOR_A, "t3", List.of(tutorInput(BOB, "1.1.1", "P1", "3")))))
                .isInstanceOf(InvalidInputException.class).extracting(RecordEvaluationsServiceTest::field).isEqualTo("evaluations[0].studentId");
        // a tutor cannot pose as a teacher
        assertThatThrownBy(() -> w.record.record(new Command(TUTOR_A, "t4", List.of(input(ALICE, "1.1.1", "P1", "2025-01-10", "3")))))
                .extracting(RecordEvaluationsServiceTest::field).isEqualTo("evaluations[0].evaluatorRole");
        // an ENT naming a tutor is held to the same placement rule
        assertThatThrownBy(() -> w.record.record(new Command(ENT_A, "t5", List.of(new EvaluationInput(BOB.value(), "1.1.1", null, "P1",
                "2025-01-10", "3", "martin@mairie.fr", "TUTEUR", null, null, null, null)))))
                .isInstanceOf(RuleViolationException.class);
        assertThat(w.store.evaluations()).hasSize(1);
    }

    @Test
    void a_teacher_records_under_their_own_id() {
        w.record.record(new Command(TEACHER_A, "p1", List.of(new EvaluationInput(ALICE.value(), "1.1.1", null, "P1", "2025-01-10", "3",
                "someone-else", null, null, null, null, null))));
        Evaluation e = w.store.evaluations().get(0);
        assertThat(e.evaluatorId()).isEqualTo("prof@lycee-a.fr");
        assertThat(e.evaluatorRole()).isEqualTo(EvaluatorRole.ENSEIGNANT);
    }

    @Test
    void csv_import_is_all_or_nothing_reports_the_line_and_is_idempotent() {
        // the file student_id;competency;criterion;period;date;level;evaluator_id;evaluator_role;complexity_factors;aleas;comment;evidence_link
        // as the REST adapter reads it (the header is line 1)
        List<ImportEvaluationsCsvUseCase.Line> good = List.of(
                new ImportEvaluationsCsvUseCase.Line(2, new EvaluationInput("alice", "1.1.1", "1.1.1-a", "P1", "2025-01-10", "3",
                        "martin@mairie.fr", "TUTEUR", List.of("CF1"), List.of("AL1"), "ok", null)),
                new ImportEvaluationsCsvUseCase.Line(3, new EvaluationInput("bob", "2.1.1", null, "P1", "2025-01-11", "2",
                        "prof@lycee-a.fr", "ENSEIGNANT", List.of(), List.of(), null, null)));
        Result r = w.importCsv.importCsv(new ImportEvaluationsCsvUseCase.Command(ENT_A, "csv-1", good));
        assertThat(r.ids()).hasSize(2);
        assertThat(w.store.evaluations().get(0).complexityFactors()).containsExactly("CF1");
        assertThat(w.importCsv.importCsv(new ImportEvaluationsCsvUseCase.Command(ENT_A, "csv-1", good)).replayed()).isTrue();
        assertThat(w.store.evaluations()).hasSize(2);

        List<ImportEvaluationsCsvUseCase.Line> bad = List.of(
                new ImportEvaluationsCsvUseCase.Line(2, new EvaluationInput("alice", "1.1.1", null, "P1", "2025-01-10", "3", "x",
                        "ENSEIGNANT", List.of(), List.of(), null, null)),
                new ImportEvaluationsCsvUseCase.Line(3, new EvaluationInput("bob", "4.4.4", null, "P1", "2025-01-11", "2", "x",
                        "ENSEIGNANT", List.of(), List.of(), null, null)));
        assertThatThrownBy(() -> w.importCsv.importCsv(new ImportEvaluationsCsvUseCase.Command(ENT_A, "csv-2", bad)))
                .isInstanceOf(InvalidFileException.class)
                .satisfies(e -> assertThat(((DomainException) e).details().get("errors").toString()).contains("line=3", "field=competency"));
        assertThat(w.store.evaluations()).hasSize(2);
        // a file without the required columns: EvaluationCsvReaderTest (the REST adapter reads the file)
    }
}
