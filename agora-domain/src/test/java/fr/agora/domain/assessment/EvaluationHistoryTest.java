package fr.agora.domain.assessment;

import fr.agora.domain.school.PeriodCode;
import fr.agora.domain.school.StudentId;
import static fr.agora.domain.assessment.Fixtures.ALICE;
import static fr.agora.domain.assessment.Fixtures.eval;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.domain.shared.DomainException;
import fr.agora.domain.shared.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EvaluationHistoryTest {

    @Test
    void a_correction_supersedes_and_never_erases() {
        Evaluation first = eval("1.1.1", PeriodCode.P1, "2", 1);
        Evaluation other = eval("1.1.2", PeriodCode.P1, "3", 2);
        Evaluation fix = first.correctedBy(new EvaluationId("fix-1"), "3", first.date(), "typo", "prof@example.org",
                Instant.parse("2026-01-01T00:00:00Z"));
        EvaluationHistory h = new EvaluationHistory(ALICE).append(first).append(other).append(fix);
        assertThat(h.all()).containsExactly(first, other, fix);
        assertThat(h.effective()).containsExactlyInAnyOrder(other, fix);
        assertThat(h.effective("1.1.1")).containsExactly(fix);
        assertThat(h.isSuperseded(first.id())).isTrue();
        assertThat(fix.supersedes()).isEqualTo(first.id());
        assertThat(fix.recordedBy()).isEqualTo("prof@example.org");
    }

    @Test
    void a_record_is_superseded_once_a_second_correction_is_a_conflict() {
        Evaluation first = eval("1.1.1", PeriodCode.P1, "2", 1);
        EvaluationHistory h = new EvaluationHistory(ALICE).append(first);
        h.append(first.correctedBy(new EvaluationId("c1"), "3", first.date(), null, "a", Instant.now()));
        assertThatThrownBy(() -> h.append(first.correctedBy(new EvaluationId("c2"), "4", first.date(), null, "b", Instant.now())))
                .isInstanceOf(EvaluationHistory.AlreadySupersededException.class)
                .extracting(e -> ((DomainException) e).kind()).isEqualTo(DomainException.Kind.CONFLICT);
    }

    @Test
    void a_teacher_validation_is_a_superseding_copy() {
        Evaluation first = eval("1.1.1", PeriodCode.P1, "2", 1);
        Evaluation v = first.validatedBy(new EvaluationId("v1"), "prof@example.org", Instant.now());
        EvaluationHistory h = new EvaluationHistory(ALICE).append(first).append(v);
        assertThat(h.effective()).containsExactly(v);
        assertThat(v.isValidated()).isTrue();
        assertThat(v.levelCode()).isEqualTo("2");
    }

    @Test
    void dangling_supersession_duplicate_ids_and_other_students_are_refused() {
        Evaluation first = eval("1.1.1", PeriodCode.P1, "2", 1);
        EvaluationHistory h = new EvaluationHistory(ALICE).append(first);
        assertThatThrownBy(() -> h.append(first)).isInstanceOf(InvalidInputException.class);
        Evaluation dangling = eval("1.1.1", PeriodCode.P1, "2", 1).correctedBy(new EvaluationId("x"), "3",
                LocalDate.of(2025, 1, 1), null, "a", Instant.now());
        assertThatThrownBy(() -> h.append(dangling)).isInstanceOf(InvalidInputException.class).hasMessageContaining("not in this history");
        assertThatThrownBy(() -> h.append(eval(StudentId.of("bob"), "1.1.1", PeriodCode.P1, "2", 1)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void evaluation_fields_are_checked() {
        Evaluation e = eval("1.1.1", PeriodCode.P1, "2", 1);
        assertThatThrownBy(() -> new Evaluation(e.id(), e.studentId(), e.competencyCode(), null, e.period(), e.date(), "2", 1,
                "t", EvaluatorRole.TUTEUR, null, null, null, "ftp://x", null, "t", Instant.now(), null))
                .isInstanceOf(InvalidInputException.class).extracting(x -> ((InvalidInputException) x).field()).isEqualTo("evidenceLink");
        assertThatThrownBy(() -> new Evaluation(e.id(), e.studentId(), " ", null, e.period(), e.date(), "2", 1,
                "t", EvaluatorRole.TUTEUR, null, null, null, null, null, "t", Instant.now(), null))
                .isInstanceOf(InvalidInputException.class).extracting(x -> ((InvalidInputException) x).field()).isEqualTo("competency");
    }

    @Test
    void a_history_is_rebuilt_from_records_in_any_order_even_with_equal_instants() {
        Instant same = Instant.parse("2026-01-01T00:00:00Z");
        Evaluation first = eval("1.1.1", PeriodCode.P1, "2", 1);
        Evaluation a = first.correctedBy(new EvaluationId("a-fix"), "3", first.date(), null, "p", same);
        Evaluation b = a.correctedBy(new EvaluationId("0-fix-of-fix"), "4", first.date(), null, "p", same);
        // stored order reversed, and b's id sorts before a's
        EvaluationHistory h = EvaluationHistory.of(ALICE, java.util.List.of(b, a, first));
        assertThat(h.effective()).containsExactly(b);
        assertThat(h.all()).hasSize(3);
        Evaluation dangling = eval("1.1.1", PeriodCode.P1, "2", 1).correctedBy(new EvaluationId("d"), "3", first.date(), null, "p", same);
        assertThatThrownBy(() -> EvaluationHistory.of(ALICE, java.util.List.of(first, dangling))).isInstanceOf(InvalidInputException.class);
    }
}
