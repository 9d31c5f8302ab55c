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

    /**
     * {@code evaluation.recorded} for each, then one {@code tutor_evaluation.submitted} per student for the new
     * {@code TUTEUR} evaluations of the request (a tutor's form sent from the tutor link, or a tutor's API call): the
     * submission as a whole, naming its evaluations, for systems that act once per sheet.
     */
    public static List<WebhookEvent> recorded(Uai uai, List<Evaluation> evaluations) {
        List<WebhookEvent> out = new ArrayList<>(evaluations.size() + 1);
        Map<String, List<Evaluation>> tutorsByStudent = new LinkedHashMap<>();
        for (Evaluation e : evaluations) {
            out.add(of(uai, WebhookEventType.EVALUATION_RECORDED, e));
            if (e.evaluatorRole() == EvaluatorRole.TUTEUR && e.supersedes() == null) {
                tutorsByStudent.computeIfAbsent(e.studentId().value(), k -> new ArrayList<>()).add(e);
            }
        }
        tutorsByStudent.forEach((student, es) -> {
            Map<String, String> data = new LinkedHashMap<>();
            data.put("studentId", student);
            data.put("periods", String.join(",", es.stream().map(e -> e.period().name()).distinct().sorted().toList()));
            data.put("evaluationIds", String.join(",", es.stream().map(e -> e.id().value()).toList()));
            data.put("count", Integer.toString(es.size()));
            out.add(WebhookEvent.of(uai, WebhookEventType.TUTOR_EVALUATION_SUBMITTED, "student:" + student, es.get(0).recordedAt(), data));
        });
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
