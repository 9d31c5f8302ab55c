package fr.agora.application.service.assessment;

import fr.agora.application.service.support.EvaluationWorld;
import static fr.agora.application.service.support.EvaluationWorld.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.application.port.in.assessment.CorrectEvaluationUseCase;
import fr.agora.application.port.in.assessment.RecordEvaluationsUseCase.Command;
import fr.agora.domain.assessment.Evaluation;
import fr.agora.domain.assessment.EvaluationHistory;
import fr.agora.domain.shared.ForbiddenException;
import fr.agora.domain.shared.RuleViolationException;
import fr.agora.domain.shared.DomainException;
import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.NotFoundException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorrectEvaluationServiceTest {

    private final EvaluationWorld w = new EvaluationWorld();
    private final String firstId = w.record.record(new Command(ENT_A, "k", List.of(input(ALICE, "1.1.1", "P1", "2025-01-10", "2")))).ids().get(0).value();

    @Test
    void a_correction_appends_a_superseding_record() {
        Evaluation fix = w.correct.correct(new CorrectEvaluationUseCase.Command(TEACHER_A, "alice", firstId, "3", null, "relu"));
        assertThat(fix.supersedes().value()).isEqualTo(firstId);
        assertThat(fix.recordedBy()).isEqualTo("prof@lycee-a.fr");
        assertThat(w.store.evaluations()).hasSize(2);
        EvaluationHistory h = EvaluationHistory.of(ALICE, w.store.evaluations());
        assertThat(h.effective()).containsExactly(fix);
    }

    @Test
    void a_second_correction_of_the_same_record_is_a_conflict() {
        w.correct.correct(new CorrectEvaluationUseCase.Command(TEACHER_A, "alice", firstId, "3", null, null));
        assertThatThrownBy(() -> w.correct.correct(new CorrectEvaluationUseCase.Command(ADMIN_A, "alice", firstId, "4", null, null)))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).kind()).isEqualTo(DomainException.Kind.CONFLICT);
        assertThat(w.store.evaluations()).hasSize(2);
    }

    @Test
    void a_corrected_date_is_within_the_cohorts_training_and_not_in_the_future() {
        // the clock is 2026-01-20 (Europe/Paris day): tomorrow is refused, and so is a date before the cohort's training
        for (String date : List.of("2026-01-21", "1999-01-01", "0001-01-01")) {
            assertThatThrownBy(() -> w.correct.correct(new CorrectEvaluationUseCase.Command(TEACHER_A, "alice", firstId, "3", date, null)))
                    .as(date).isInstanceOf(InvalidInputException.class).extracting(t -> ((DomainException) t).field()).isEqualTo("date");
        }
        assertThat(w.store.evaluations()).hasSize(1);
        assertThat(w.correct.correct(new CorrectEvaluationUseCase.Command(TEACHER_A, "alice", firstId, "3", "2026-01-20", null)).date())
                .hasToString("2026-01-20");
    }

    @Test
    void corrections_are_checked() {
        assertThatThrownBy(() -> w.correct.correct(new CorrectEvaluationUseCase.Command(TEACHER_A, "alice", firstId, "9", null, null)))
                .isInstanceOf(InvalidInputException.class).extracting(e -> ((DomainException) e).field()).isEqualTo("level");
        assertThatThrownBy(() -> w.correct.correct(new CorrectEvaluationUseCase.Command(TEACHER_A, "alice", "nope", "3", null, null)))
                .isInstanceOf(NotFoundException.class);
        // a tutor corrects only their own evaluations
        assertThatThrownBy(() -> w.correct.correct(new CorrectEvaluationUseCase.Command(TUTOR_A, "alice", firstId, "3", null, null)))
                .isInstanceOf(RuleViolationException.class);
        // the evaluation of school A does not exist for school B
        assertThatThrownBy(() -> w.correct.correct(new CorrectEvaluationUseCase.Command(TEACHER_B, "alice", firstId, "3", null, null)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void only_a_teacher_validates_and_validation_is_idempotent() {
        assertThatThrownBy(() -> w.correct.validate(new CorrectEvaluationUseCase.ValidateCommand(TUTOR_A, "alice", firstId)))
                .isInstanceOf(ForbiddenException.class);
        Evaluation v = w.correct.validate(new CorrectEvaluationUseCase.ValidateCommand(TEACHER_A, "alice", firstId));
        assertThat(v.validatedBy()).isEqualTo("prof@lycee-a.fr");
        assertThat(w.correct.validate(new CorrectEvaluationUseCase.ValidateCommand(TEACHER_A, "alice", v.id().value()))).isEqualTo(v);
        assertThat(w.store.evaluations()).hasSize(2);
    }
}
