package fr.agora.adapter.in.rest.assessment;

import fr.agora.application.port.in.assessment.ConfigureScaleUseCase;
import fr.agora.application.port.in.assessment.CorrectEvaluationUseCase;
import fr.agora.application.port.in.assessment.GetAggregatedStateUseCase;
import fr.agora.application.port.in.assessment.GetEvaluationHistoryUseCase;
import fr.agora.application.port.in.assessment.ImportEvaluationsCsvUseCase;
import fr.agora.application.port.in.assessment.RecordEvaluationsUseCase;
import fr.agora.application.port.out.assessment.IdempotencyPort;
import fr.agora.application.port.out.assessment.LoadEstablishmentPort;
import fr.agora.application.port.out.assessment.LoadEvaluationsPort;
import fr.agora.application.port.out.assessment.LoadFrameworkPort;
import fr.agora.application.port.out.assessment.LoadScalePort;
import fr.agora.application.port.out.assessment.SaveEvaluationsPort;
import fr.agora.application.port.out.assessment.SaveScalePort;
import fr.agora.application.port.out.school.LoadCohortPort;
import fr.agora.application.port.out.school.LoadPlacementsPort;
import fr.agora.application.port.out.school.LoadStudentPort;
import fr.agora.application.port.out.shared.TransactionPort;
import fr.agora.application.port.out.webhook.PublishWebhookEventPort;
import fr.agora.application.service.assessment.ConfigureScaleService;
import fr.agora.application.service.assessment.CorrectEvaluationService;
import fr.agora.application.service.assessment.GetAggregatedStateService;
import fr.agora.application.service.assessment.GetEvaluationHistoryService;
import fr.agora.application.service.assessment.ImportEvaluationsCsvService;
import fr.agora.application.service.assessment.RecordEvaluationsService;
import fr.agora.application.service.assessment.StudentRecords;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the assessment use cases (scale, record, import, correct, validate, history, aggregated state). */
@Configuration(proxyBeanMethods = false)
public class AssessmentConfiguration {

    @Bean
    ConfigureScaleUseCase configureScaleUseCase(LoadScalePort load, SaveScalePort save, TransactionPort tx) {
        return new ConfigureScaleService(load, save, tx);
    }

    @Bean
    RecordEvaluationsUseCase recordEvaluationsUseCase(LoadStudentPort students, LoadCohortPort cohorts, LoadFrameworkPort frameworks,
                                                      LoadScalePort scales, LoadPlacementsPort placements, SaveEvaluationsPort save,
                                                      IdempotencyPort idempotency, TransactionPort tx, Clock clock,
                                                      PublishWebhookEventPort publish) {
        return new RecordEvaluationsService(students, cohorts, frameworks, scales, placements, save, idempotency, tx, clock, publish);
    }

    @Bean
    ImportEvaluationsCsvUseCase importEvaluationsCsvUseCase(RecordEvaluationsUseCase record) {
        return new ImportEvaluationsCsvService(record);
    }

    @Bean
    CorrectEvaluationUseCase correctEvaluationUseCase(LoadStudentPort students, LoadCohortPort cohorts, LoadPlacementsPort placements, LoadScalePort scales,
                                                      LoadEvaluationsPort load, SaveEvaluationsPort save, TransactionPort tx, Clock clock,
                                                      PublishWebhookEventPort publish) {
        return new CorrectEvaluationService(students, cohorts, placements, scales, load, save, tx, clock, publish);
    }

    @Bean
    GetEvaluationHistoryUseCase getEvaluationHistoryUseCase(LoadStudentPort students, LoadPlacementsPort placements,
                                                            LoadEvaluationsPort evaluations) {
        return new GetEvaluationHistoryService(students, placements, evaluations);
    }

    /** The reads a student's assessment starts from, shared by the aggregated state, coverage and readiness. */
    @Bean
    StudentRecords.Ports studentRecordPorts(LoadStudentPort students, LoadPlacementsPort placements, LoadCohortPort cohorts,
                                            LoadFrameworkPort frameworks, LoadEvaluationsPort evaluations, LoadScalePort scales,
                                            LoadEstablishmentPort establishments) {
        return new StudentRecords.Ports(students, placements, cohorts, frameworks, evaluations, scales, establishments);
    }

    @Bean
    GetAggregatedStateUseCase getAggregatedStateUseCase(StudentRecords.Ports records) {
        return new GetAggregatedStateService(records);
    }
}
