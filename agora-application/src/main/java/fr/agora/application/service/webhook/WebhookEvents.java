package fr.agora.application.service.webhook;

import fr.agora.domain.assessment.Evaluation;
import fr.agora.domain.assessment.EvaluatorRole;
import fr.agora.domain.shared.Uai;
import fr.agora.domain.webhook.WebhookEvent;
import fr.agora.domain.webhook.WebhookEventType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The events an evaluation change announces, built by the use case that makes the change (which publishes them in its
 * transaction). Ordered per student ({@code student:<id>}). Identifiers and codes only: no name, no comment, no
 * evaluator e-mail.
 */
public final class WebhookEvents {

    private WebhookEvents() {
    }

    /** {@code evaluation.recorded} for each, plus {@code tutor_evaluation.submitted} for a tutor's new evaluation. */
    public static List<WebhookEvent> recorded(Uai uai, List<Evaluation> evaluations) {
        List<WebhookEvent> out = new ArrayList<>(evaluations.size());
        for (Evaluation e : evaluations) {
            out.add(of(uai, WebhookEventType.EVALUATION_RECORDED, e));
            if (e.evaluatorRole() == EvaluatorRole.TUTEUR && e.supersedes() == null) {
                out.add(of(uai, WebhookEventType.TUTOR_EVALUATION_SUBMITTED, e));
            }
        }
        return out;
    }

    public static List<WebhookEvent> validated(Uai uai, Evaluation validation) {
        return List.of(of(uai, WebhookEventType.EVALUATION_VALIDATED, validation));
    }

    private static WebhookEvent of(Uai uai, WebhookEventType type, Evaluation e) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("evaluationId", e.id().value());
        data.put("studentId", e.studentId().value());
        data.put("competency", e.competencyCode());
        if (e.criterionId() != null) data.put("criterion", e.criterionId());
        data.put("period", e.period().name());
        data.put("date", e.date().toString());
        data.put("level", e.levelCode());
        data.put("scaleVersion", Integer.toString(e.scaleVersion()));
        data.put("evaluatorRole", e.evaluatorRole().name());
        if (e.supersedes() != null) data.put("supersedes", e.supersedes().value());
        if (e.validatedBy() != null) data.put("validated", "true");
        return WebhookEvent.of(uai, type, "student:" + e.studentId().value(), e.recordedAt(), data);
    }
}
