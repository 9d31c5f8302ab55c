package fr.agora.application.service.webhook;

import fr.agora.application.port.in.webhook.AnnounceEndedPeriodsUseCase;
import fr.agora.application.port.out.assessment.LoadEstablishmentPort;
import fr.agora.application.port.out.assessment.LoadEvaluationsPort;
import fr.agora.application.port.out.assessment.LoadFrameworkPort;
import fr.agora.application.port.out.assessment.LoadScalePort;
import fr.agora.application.port.out.school.LoadCohortPort;
import fr.agora.application.port.out.school.LoadStudentPort;
import fr.agora.application.port.out.shared.TransactionPort;
import fr.agora.application.port.out.webhook.EndedPeriodsPort;
import fr.agora.application.port.out.webhook.EndedPeriodsPort.EndedPeriod;
import fr.agora.application.port.out.webhook.PublishWebhookEventPort;
import fr.agora.domain.assessment.AggregationPolicy;
import fr.agora.domain.assessment.CompetencyFramework;
import fr.agora.domain.assessment.Establishment;
import fr.agora.domain.assessment.Observation;
import fr.agora.domain.assessment.EvaluationScale;
import fr.agora.domain.assessment.ScaleHistory;
import fr.agora.domain.coverage.CoverageMatrix;
import fr.agora.domain.coverage.CoverageSettings;
import fr.agora.domain.school.Cohort;
import fr.agora.domain.school.Student;
import fr.agora.domain.shared.ConflictException;
import fr.agora.domain.webhook.WebhookEvent;
import fr.agora.domain.webhook.WebhookEventType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Announces each PFMP period once, the day after its last day (school time): {@code period.closed} for the cohort,
 * then {@code student.at_risk} for every student who, with that period as the current one, has competencies never
 * evaluated and no more than the school's threshold of periods left (the coverage rule, {@link CoverageSettings},
 * default threshold 1). Only periods ended in the last {@link #LOOK_BACK_DAYS} days are announced, so that switching
 * the feature on does not replay a school's whole past. The marker and the events commit together.
 */
public final class AnnounceEndedPeriodsService implements AnnounceEndedPeriodsUseCase {

    public static final int LOOK_BACK_DAYS = 7;
    static final int BATCH = 100;

    private final EndedPeriodsPort ended;
    private final PublishWebhookEventPort publish;
    private final LoadCohortPort cohorts;
    private final LoadStudentPort students;
    private final LoadFrameworkPort frameworks;
    private final LoadEvaluationsPort evaluations;
    private final LoadScalePort scales;
    private final LoadEstablishmentPort establishments;
    private final TransactionPort tx;
    private final Clock clock;

    public AnnounceEndedPeriodsService(EndedPeriodsPort ended, PublishWebhookEventPort publish, LoadCohortPort cohorts,
                                       LoadStudentPort students, LoadFrameworkPort frameworks, LoadEvaluationsPort evaluations,
                                       LoadScalePort scales, LoadEstablishmentPort establishments, TransactionPort tx, Clock clock) {
        this.ended = ended;
        this.publish = publish;
        this.cohorts = cohorts;
        this.students = students;
        this.frameworks = frameworks;
        this.evaluations = evaluations;
        this.scales = scales;
        this.establishments = establishments;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public int announceEndedPeriods() {
        LocalDate today = LocalDate.now(clock);
        int announced = 0;
        for (EndedPeriod p : ended.endedPeriodsNotAnnounced(today.minusDays(LOOK_BACK_DAYS), today, BATCH)) {
            Optional<Cohort> cohort = cohorts.loadCohort(p.uai(), p.cohortId());
            if (cohort.isEmpty()) continue;
            try {
                if (tx.inTransaction(() -> announce(p, cohort.get()))) announced++;
            } catch (ConflictException raced) {
                // another run announced it at the same moment: its transaction holds the events
            }
        }
        return announced;
    }

    private boolean announce(EndedPeriod p, Cohort cohort) {
        if (!ended.markAnnounced(p.cohortId(), p.period())) return false;
        Instant now = clock.instant();
        publish.publish(List.of(WebhookEvent.of(p.uai(), WebhookEventType.PERIOD_CLOSED, "cohort:" + cohort.id().value(), now,
                Map.of("cohortId", cohort.id().value(), "period", p.period().name(), "endDate", p.end().toString()))));
        Optional<CompetencyFramework> fw = frameworks.loadFramework(cohort.referentielId(), cohort.referentielVersion());
        if (fw.isEmpty()) return true;
        ScaleHistory scaleHistory = scales.loadScales(p.uai()).orElseGet(() -> ScaleHistory.of(EvaluationScale.lslDefault("scale-" + p.uai().value())));
        AggregationPolicy policy = establishments.loadEstablishment(p.uai()).map(Establishment::defaultPolicy).orElse(AggregationPolicy.schoolDefault());
        CoverageSettings settings = new CoverageSettings(cohort.plannedPeriods(), p.period(), 1);
        List<WebhookEvent> atRisk = new java.util.ArrayList<>();
        var records = evaluations.loadCoverageRecordsOfCohort(p.uai(), cohort.id());
        for (Student s : students.loadStudentsOfCohort(p.uai(), cohort.id())) {
            var effective = Observation.effective(records.getOrDefault(s.id(), List.of()));
            CoverageMatrix m = CoverageMatrix.of(fw.get(), s.id(), effective, scaleHistory, policy, settings);
            if (m.atRisk().isEmpty()) continue;
            Map<String, String> data = new LinkedHashMap<>();
            data.put("studentId", s.id().value());
            data.put("cohortId", cohort.id().value());
            data.put("period", p.period().name());
            data.put("competenciesAtRisk", String.join(",", m.atRisk()));
            data.put("remainingPeriods", Long.toString(settings.remainingPeriods()));
            atRisk.add(WebhookEvent.of(p.uai(), WebhookEventType.STUDENT_AT_RISK, "student:" + s.id().value(), now, data));
        }
        publish.publish(atRisk);
        return true;
    }
}
