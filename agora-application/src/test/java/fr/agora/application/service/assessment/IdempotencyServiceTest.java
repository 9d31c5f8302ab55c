package fr.agora.application.service.assessment;

import static fr.agora.application.service.support.EvaluationWorld.A;
import static fr.agora.application.service.support.EvaluationWorld.ADMIN_A;
import static fr.agora.application.service.support.EvaluationWorld.ALICE;
import static fr.agora.application.service.support.EvaluationWorld.BOB;
import static fr.agora.application.service.support.EvaluationWorld.input;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.application.port.in.assessment.RecordEvaluationsUseCase.Command;
import fr.agora.application.port.in.assessment.RecordEvaluationsUseCase.EvaluationInput;
import fr.agora.application.port.in.assessment.RecordEvaluationsUseCase.Result;
import fr.agora.application.port.in.shared.Caller;
import fr.agora.application.service.support.EvaluationWorld;
import fr.agora.domain.shared.DomainException;
import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.RuleViolationException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Idempotency as docs/idempotency.md states it: per caller, fingerprinted, expiring after 24 h, forgotten on erasure. */
class IdempotencyServiceTest {

    private final EvaluationWorld w = new EvaluationWorld();
    private final Caller teacher1 = Caller.ofApiKey(A, Caller.Role.TEACHER, "prof1@lycee-a.fr", "00000000000000a1");
    private final Caller teacher2 = Caller.ofApiKey(A, Caller.Role.TEACHER, "prof2@lycee-a.fr", "00000000000000a2");
    private final List<EvaluationInput> batch = List.of(input(ALICE, "1.1.1", "P1", "2025-01-10", "3"));

    @Test
    void two_callers_of_one_school_sending_the_same_key_both_write_and_never_see_each_others_answer() {
        Result first = w.record.record(new Command(teacher1, "same", batch));
        Result second = w.record.record(new Command(teacher2, "same", batch));
        assertThat(second.replayed()).isFalse();
        assertThat(second.ids()).doesNotContainAnyElementsOf(first.ids());
        assertThat(w.store.evaluations()).hasSize(2);
        assertThat(w.record.record(new Command(teacher1, "same", batch)).ids()).isEqualTo(first.ids());
        assertThat(w.record.record(new Command(teacher2, "same", batch)).ids()).isEqualTo(second.ids());
    }

    @Test
    void the_same_payload_sent_to_another_operation_with_the_same_key_is_another_request() {
        w.record.record(new Command(teacher1, "k", batch, "POST /evaluations"));
        assertThatThrownBy(() -> w.record.record(new Command(teacher1, "k", batch, "POST /evaluations/bulk")))
                .isInstanceOf(RuleViolationException.class).extracting(t -> ((DomainException) t).problemType()).isEqualTo("idempotency-key-reused");
    }

    @Test
    void the_fingerprint_is_the_sha256_of_a_documented_canonical_form() {
        EvaluationInput in = new EvaluationInput("alice", "1.1.1", null, "P1", "2025-01-10", "3", "prof.x", "ENSEIGNANT",
                List.of("CF2", "CF1"), List.of(), null, null);
        // printf '%s' '20:agora-evaluations-v117:recordEvaluations[1]5:alice5:1.1.1~2:P110:2025-01-101:36:prof.x10:ENSEIGNANT[2]3:CF13:CF2[0]~~' | sha256sum
        assertThat(RecordEvaluationsService.fingerprint("recordEvaluations", List.of(in)))
                .isEqualTo("f5a53a5f2b5989cd4e2bc3fbfc8f3def6bce91c8852deec4685fee86bb6792a0");
        // the order of a set-valued list does not matter; any other field does
        EvaluationInput reordered = new EvaluationInput("alice", "1.1.1", null, "P1", "2025-01-10", "3", "prof.x", "ENSEIGNANT",
                List.of("CF1", "CF2"), List.of(), null, null);
        EvaluationInput emptyComment = new EvaluationInput("alice", "1.1.1", null, "P1", "2025-01-10", "3", "prof.x", "ENSEIGNANT",
                List.of("CF1", "CF2"), List.of(), "", null);
        assertThat(RecordEvaluationsService.fingerprint("recordEvaluations", List.of(reordered)))
                .isEqualTo(RecordEvaluationsService.fingerprint("recordEvaluations", List.of(in)))
                .isNotEqualTo(RecordEvaluationsService.fingerprint("recordEvaluations", List.of(emptyComment)));
    }

    @Test
    void a_key_expires_after_24_hours_and_is_then_a_new_request() {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-20T10:00:00Z"));
        RecordEvaluationsService record = new RecordEvaluationsService(w.store, w.store, w.store, w.store, w.store, w.store, w.store, w.store,
                clock, events -> { });
        Result first = record.record(new Command(teacher1, "k", batch));
        clock.now = clock.now.plus(Duration.ofHours(24));
        assertThat(record.record(new Command(teacher1, "k", batch)).ids()).as("24 h exactly: still remembered").isEqualTo(first.ids());
        clock.now = clock.now.plusSeconds(1);
        Result later = record.record(new Command(teacher1, "k", batch));
        assertThat(later.replayed()).isFalse();
        assertThat(w.store.evaluations()).hasSize(2);
        // and once expired, another payload under the key is no longer a 422
        clock.now = clock.now.plus(Duration.ofHours(25));
        assertThat(record.record(new Command(teacher1, "k", List.of(input(BOB, "1.1.1", "P1", "2025-01-10", "3")))).replayed()).isFalse();
    }

    @Test
    void after_an_erasure_the_key_is_forgotten_and_never_answers_the_erased_ids() {
        Result first = w.record.record(new Command(teacher1, "k", batch));
        w.privacy.erase(ADMIN_A, ALICE.value());
        assertThatThrownBy(() -> w.record.record(new Command(teacher1, "k", batch)))
                .as("a fresh execution: the student is gone").isInstanceOf(InvalidInputException.class)
                .extracting(t -> ((DomainException) t).field()).isEqualTo("evaluations[0].studentId");
        assertThat(w.store.evaluations()).noneMatch(e -> first.ids().contains(e.id()));
    }

    @Test
    void keys_are_bounded_printable_ascii() {
        assertThatThrownBy(() -> new Command(teacher1, "x".repeat(101), batch)).isInstanceOf(InvalidInputException.class)
                .extracting(t -> ((DomainException) t).field()).isEqualTo("idempotencyKey");
        assertThatThrownBy(() -> new Command(teacher1, "clé", batch)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new Command(teacher1, "a\tb", batch)).isInstanceOf(InvalidInputException.class);
        assertThat(new Command(teacher1, "x".repeat(100), batch).idempotencyKey()).hasSize(100);
    }

    @Test
    void a_callers_identity_is_its_credential_the_same_for_a_key_and_its_access_tokens() {
        assertThat(teacher1.clientId()).isEqualTo("key:00000000000000a1");
        assertThat(new Caller(A, Caller.Role.TEACHER, "x").clientId()).startsWith("subject:").hasSize(40);
        assertThat(new Caller(A, Caller.Role.TEACHER, "x").clientId()).isNotEqualTo(new Caller(A, Caller.Role.TUTOR, "x").clientId());
    }

    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override public ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }
}
