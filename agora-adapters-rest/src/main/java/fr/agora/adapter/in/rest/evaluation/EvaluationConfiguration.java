package fr.agora.adapter.in.rest.evaluation;

import fr.agora.application.port.in.access.AuthenticateApiKeyUseCase;
import fr.agora.application.port.in.access.IssueApiKeyUseCase;
import fr.agora.application.port.in.evaluation.ConfigureReadinessGridUseCase;
import fr.agora.application.port.in.evaluation.ConfigureScaleUseCase;
import fr.agora.application.port.in.evaluation.CorrectEvaluationUseCase;
import fr.agora.application.port.in.evaluation.ImportEvaluationsCsvUseCase;
import fr.agora.application.port.in.evaluation.ImportStudentsUseCase;
import fr.agora.application.port.in.evaluation.RecordEvaluationsUseCase;
import fr.agora.application.port.in.evaluation.StudentPrivacyUseCase;
import fr.agora.application.port.in.referentiel.FindReferentielUseCase;
import fr.agora.application.port.out.access.ApiKeyPort;
import fr.agora.application.port.out.evaluation.AuditPort;
import fr.agora.application.port.out.evaluation.EraseStudentPort;
import fr.agora.application.port.out.evaluation.IdempotencyPort;
import fr.agora.application.port.out.evaluation.ListCohortsPort;
import fr.agora.application.port.out.evaluation.ListStudentsPort;
import fr.agora.application.port.out.evaluation.LoadCohortPort;
import fr.agora.application.port.out.evaluation.LoadEstablishmentPort;
import fr.agora.application.port.out.evaluation.LoadEvaluationsPort;
import fr.agora.application.port.out.evaluation.LoadFrameworkPort;
import fr.agora.application.port.out.evaluation.LoadPlacementsPort;
import fr.agora.application.port.out.evaluation.LoadReadinessGridPort;
import fr.agora.application.port.out.evaluation.LoadScalePort;
import fr.agora.application.port.out.evaluation.LoadStudentPort;
import fr.agora.application.port.out.evaluation.SaveCohortPort;
import fr.agora.application.port.out.evaluation.SaveEstablishmentPort;
import fr.agora.application.port.out.evaluation.SaveEvaluationsPort;
import fr.agora.application.port.out.evaluation.SavePlacementPort;
import fr.agora.application.port.out.evaluation.SaveReadinessGridPort;
import fr.agora.application.port.out.evaluation.SaveScalePort;
import fr.agora.application.port.out.evaluation.SaveStudentsPort;
import fr.agora.application.port.out.evaluation.TransactionPort;
import fr.agora.application.port.out.evaluation.VersionedWritesPort;
import fr.agora.application.service.access.ApiKeyService;
import fr.agora.application.service.evaluation.ConfigureReadinessGridService;
import fr.agora.application.service.evaluation.ConfigureScaleService;
import fr.agora.application.service.evaluation.CorrectEvaluationService;
import fr.agora.application.service.evaluation.EvaluationQueryService;
import fr.agora.application.service.evaluation.ImportEvaluationsCsvService;
import fr.agora.application.service.evaluation.ImportStudentsService;
import fr.agora.application.service.evaluation.RecordEvaluationsService;
import fr.agora.application.service.evaluation.SchoolAdministrationService;
import fr.agora.application.service.evaluation.SchoolContext;
import fr.agora.application.service.evaluation.StudentPrivacyService;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the evaluation use cases (plain Java) to the out-ports the persistence adapter provides at runtime
 * ({@code JdbcEvaluationStore}, the transaction adapter, the API-key store), found by type. The référentiel framework
 * port is an adapter over the published catalogue. The services share one UTC clock (not a bean, so it cannot clash
 * with another feature's).
 */
@Configuration(proxyBeanMethods = false)
public class EvaluationConfiguration {

    private static final Clock CLOCK = Clock.systemUTC();

    @Bean
    LoadFrameworkPort referentielFrameworkAdapter(FindReferentielUseCase referentiels) {
        return new ReferentielFrameworkAdapter(referentiels);
    }

    @Bean
    SchoolContext evaluationSchoolContext(LoadEstablishmentPort establishments, LoadStudentPort students, LoadCohortPort cohorts,
                                          LoadFrameworkPort frameworks, LoadScalePort scales, LoadPlacementsPort placements) {
        return new SchoolContext(establishments, students, cohorts, frameworks, scales, placements);
    }

    @Bean
    SchoolAdministrationService schoolAdministrationService(SchoolContext school, LoadFrameworkPort frameworks, SaveCohortPort saveCohort,
                                                            ListCohortsPort listCohorts, LoadStudentPort loadStudents,
                                                            ListStudentsPort listStudents, SaveStudentsPort saveStudents,
                                                            LoadPlacementsPort loadPlacements, SavePlacementPort savePlacement,
                                                            LoadEvaluationsPort evaluations, VersionedWritesPort versions,
                                                            TransactionPort tx) {
        return new SchoolAdministrationService(school, frameworks, saveCohort, listCohorts, loadStudents, listStudents, saveStudents,
                loadPlacements, savePlacement, evaluations, versions, tx);
    }

    @Bean
    ConfigureReadinessGridUseCase configureReadinessGridUseCase(SchoolContext school, LoadFrameworkPort frameworks, LoadReadinessGridPort load,
                                                                SaveReadinessGridPort save, TransactionPort tx) {
        return new ConfigureReadinessGridService(school, frameworks, load, save, tx);
    }

    @Bean
    ImportStudentsUseCase importStudentsUseCase(SchoolContext school, LoadStudentPort load, SaveStudentsPort save, TransactionPort tx) {
        return new ImportStudentsService(school, load, save, tx);
    }

    @Bean
    ConfigureScaleUseCase configureScaleUseCase(LoadScalePort load, SaveScalePort save, TransactionPort tx) {
        return new ConfigureScaleService(load, save, tx);
    }

    @Bean
    RecordEvaluationsUseCase recordEvaluationsUseCase(SchoolContext school, LoadPlacementsPort placements, SaveEvaluationsPort save,
                                                      IdempotencyPort idempotency, TransactionPort tx) {
        return new RecordEvaluationsService(school, placements, save, idempotency, tx, CLOCK);
    }

    @Bean
    ImportEvaluationsCsvUseCase importEvaluationsCsvUseCase(RecordEvaluationsUseCase record) {
        return new ImportEvaluationsCsvService(record);
    }

    @Bean
    CorrectEvaluationUseCase correctEvaluationUseCase(SchoolContext school, LoadEvaluationsPort load, SaveEvaluationsPort save,
                                                      TransactionPort tx) {
        return new CorrectEvaluationService(school, load, save, tx, CLOCK);
    }

    @Bean
    EvaluationQueryService evaluationQueryService(SchoolContext school, LoadStudentPort students, LoadEvaluationsPort evaluations,
                                                  LoadReadinessGridPort grids) {
        return new EvaluationQueryService(school, students, evaluations, grids, CLOCK);
    }

    @Bean
    StudentPrivacyUseCase studentPrivacyUseCase(SchoolContext school, LoadStudentPort students, LoadCohortPort cohorts,
                                                LoadPlacementsPort placements, LoadEvaluationsPort evaluations, EraseStudentPort erase,
                                                AuditPort audit, TransactionPort tx) {
        return new StudentPrivacyService(school, students, cohorts, placements, evaluations, erase, audit, tx, CLOCK);
    }

    @Bean
    ApiKeyService apiKeyService(ApiKeyPort keys, LoadEstablishmentPort loadEstablishment, SaveEstablishmentPort saveEstablishment,
                                TransactionPort tx) {
        return new ApiKeyService(keys, loadEstablishment, saveEstablishment, tx, CLOCK);
    }
}
