package fr.agora.adapter.in.rest.coverage;

import fr.agora.application.port.in.coverage.GetCohortCoverageUseCase;
import fr.agora.application.port.in.coverage.GetStudentCoverageUseCase;
import fr.agora.application.port.out.assessment.LoadEstablishmentPort;
import fr.agora.application.port.out.assessment.LoadEvaluationsPort;
import fr.agora.application.port.out.assessment.LoadFrameworkPort;
import fr.agora.application.port.out.assessment.LoadScalePort;
import fr.agora.application.port.out.school.LoadCohortPort;
import fr.agora.application.port.out.school.LoadStudentPort;
import fr.agora.application.service.assessment.StudentRecords;
import fr.agora.application.service.coverage.GetCohortCoverageService;
import fr.agora.application.service.coverage.GetStudentCoverageService;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the coverage reads (student matrix, cohort heatmap); the current PFMP period comes from the school clock. */
@Configuration(proxyBeanMethods = false)
public class CoverageConfiguration {

    @Bean
    GetStudentCoverageUseCase getStudentCoverageUseCase(StudentRecords.Ports records, Clock clock) {
        return new GetStudentCoverageService(records, clock);
    }

    @Bean
    GetCohortCoverageUseCase getCohortCoverageUseCase(LoadCohortPort cohorts, LoadStudentPort students, LoadFrameworkPort frameworks,
                                                      LoadEvaluationsPort evaluations, LoadScalePort scales,
                                                      LoadEstablishmentPort establishments, Clock clock) {
        return new GetCohortCoverageService(cohorts, students, frameworks, evaluations, scales, establishments, clock);
    }
}
