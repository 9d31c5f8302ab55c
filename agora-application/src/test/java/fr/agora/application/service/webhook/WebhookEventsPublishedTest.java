package fr.agora.application.service.webhook;

import static fr.agora.application.service.support.EvaluationWorld.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.application.port.in.assessment.CorrectEvaluationUseCase;
import fr.agora.application.port.in.assessment.RecordEvaluationsUseCase.Command;
import fr.agora.application.service.support.EvaluationWorld;
import fr.agora.domain.shared.DomainException;
import fr.agora.domain.webhook.WebhookEvent;
import fr.agora.domain.webhook.WebhookEventType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The use cases that change evaluations publish their events to the outbox, inside their transaction, and only then. */
class WebhookEventsPublishedTest {

    private final EvaluationWorld w = new EvaluationWorld();

    @Test
    void recording_publishes_one_event_per_evaluation_ordered_by_student_and_a_tutors_submission_once() {
        w.record.record(new Command(ENT_A, "k1", List.of(input(ALICE, "1.1.1", "P1", "2025-01-10", "2"), input(BOB, "1.1.2", "P1", "2025-01-11", "3"))));
        w.record.record(new Command(TUTOR_A, "k2", List.of(tutorInput(ALICE, "1.1.2", "P1", "4"))));
        assertThat(w.published).extracting(WebhookEvent::type).containsExactly(WebhookEventType.EVALUATION_RECORDED,
                WebhookEventType.EVALUATION_RECORDED, WebhookEventType.EVALUATION_RECORDED, WebhookEventType.TUTOR_EVALUATION_SUBMITTED);
        assertThat(w.published).extracting(WebhookEvent::orderingKey).containsExactly("student:alice", "student:bob", "student:alice", "student:alice");
        WebhookEvent first = w.published.get(0);
        assertThat(first.uai()).isEqualTo(A);
        assertThat(first.data()).containsEntry("competency", "1.1.1").containsEntry("level", "2").containsEntry("period", "P1")
                .containsEntry("evaluatorRole", "ENSEIGNANT").doesNotContainKey("evaluatorId");
        assertThat(w.published.get(3).data()).containsEntry("studentId", "alice").containsEntry("count", "1").containsEntry("periods", "P1")
                .containsEntry("evaluationIds", w.published.get(2).data().get("evaluationId"));
        // the tutor's identity (an e-mail) never leaves in a payload
        assertThat(w.published).allSatisfy(e -> assertThat(e.data().values()).noneMatch(v -> v.contains("@")));
    }

    @Test
    void a_replayed_request_and_a_refused_one_publish_nothing() {
        w.record.record(new Command(ENT_A, "k1", List.of(input(ALICE, "1.1.1", "P1", "2025-01-10", "2"))));
        w.record.record(new Command(ENT_A, "k1", List.of(input(ALICE, "1.1.1", "P1", "2025-01-10", "2"))));
        assertThat(w.published).hasSize(1);
        assertThatThrownBy(() -> w.record.record(new Command(ENT_A, "k3", List.of(input(ALICE, "9.9.9", "P1", "2025-01-10", "2")))))
                .isInstanceOf(DomainException.class);
        assertThat(w.published).hasSize(1);
    }

    @Test
    void a_correction_is_recorded_and_a_validation_validated() {
        String id = w.record.record(new Command(ENT_A, "k1", List.of(input(ALICE, "1.1.1", "P1", "2025-01-10", "2")))).ids().get(0).value();
        var fix = w.correct.correct(new CorrectEvaluationUseCase.Command(TEACHER_A, "alice", id, "3", null, null));
        var validation = w.correct.validate(new CorrectEvaluationUseCase.ValidateCommand(TEACHER_A, "alice", fix.id().value()));
        w.correct.validate(new CorrectEvaluationUseCase.ValidateCommand(TEACHER_A, "alice", validation.id().value())); // already validated: nothing new
        assertThat(w.published).extracting(WebhookEvent::type).containsExactly(WebhookEventType.EVALUATION_RECORDED,
                WebhookEventType.EVALUATION_RECORDED, WebhookEventType.EVALUATION_VALIDATED);
        assertThat(w.published.get(1).data()).containsEntry("supersedes", id);
        assertThat(w.published.get(2).data()).containsEntry("validated", "true").containsEntry("supersedes", fix.id().value());
    }
}
