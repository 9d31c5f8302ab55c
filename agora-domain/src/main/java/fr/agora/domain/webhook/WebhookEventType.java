package fr.agora.domain.webhook;

import fr.agora.domain.shared.InvalidInputException;
import java.util.Arrays;
import java.util.Map;

/** What a school's endpoints can subscribe to; {@link #wireName()} is the {@code type} field of the delivered payload. */
public enum WebhookEventType {
    /** Every evaluation appended: a new one, or a correction (which names what it supersedes). */
    EVALUATION_RECORDED("evaluation.recorded"),
    /** A teacher validated an evaluation. */
    EVALUATION_VALIDATED("evaluation.validated"),
    /** A tutor's submission (the tutor-link form, or a tutor's API call): once per student, naming its evaluations. */
    TUTOR_EVALUATION_SUBMITTED("tutor_evaluation.submitted"),
    /** A cohort's PFMP period has ended (the day after its last day, school time). */
    PERIOD_CLOSED("period.closed"),
    /** At a period's end, a student has competencies never evaluated with too few periods left. */
    STUDENT_AT_RISK("student.at_risk");

    private final String wireName;

    WebhookEventType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** Parses a wire name ({@code evaluation.recorded}); anything else is a 400 naming {@code field}. */
    public static WebhookEventType parse(String field, String value) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(value == null ? null : value.trim())).findFirst()
                .orElseThrow(() -> new InvalidInputException("unknown-event-type", field, "unknown event type '" + value
                        + "'; one of " + Arrays.stream(values()).map(WebhookEventType::wireName).toList(), Map.of("value", String.valueOf(value))));
    }
}
