package fr.agora.adapter.in.rest.grid;

import fr.agora.application.port.in.grid.GetCohortEvaluationsUseCase;
import fr.agora.application.port.in.grid.GetCohortGridUseCase;
import fr.agora.application.port.in.grid.GetStudentGridUseCase;
import fr.agora.application.port.out.assessment.LoadEstablishmentPort;
import fr.agora.application.port.out.assessment.LoadEvaluationsPort;
import fr.agora.application.port.out.assessment.LoadFrameworkPort;
import fr.agora.application.port.out.assessment.LoadScalePort;
import fr.agora.application.port.out.grid.LoadGridLayoutPort;
import fr.agora.application.port.out.school.LoadCohortPort;
import fr.agora.application.port.out.school.LoadPlacementsPort;
import fr.agora.application.port.out.school.LoadStudentPort;
import fr.agora.application.service.assessment.StudentRecords;
import fr.agora.application.service.grid.GetCohortEvaluationsService;
import fr.agora.application.service.grid.GetCohortGridService;
import fr.agora.application.service.grid.GetStudentGridService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the PFMP grid reads (a student's sheet, a cohort's booklet). */
@Configuration(proxyBeanMethods = false)
public class GridConfiguration {

    @Bean
    GetStudentGridUseCase getStudentGridUseCase(StudentRecords.Ports records, LoadGridLayoutPort layouts) {
        return new GetStudentGridService(records, layouts);
    }

    @Bean
    GetCohortGridUseCase getCohortGridUseCase(LoadCohortPort cohorts, LoadStudentPort students, LoadPlacementsPort placements,
                                              LoadFrameworkPort frameworks, LoadGridLayoutPort layouts, LoadEvaluationsPort evaluations,
                                              LoadScalePort scales, LoadEstablishmentPort establishments) {
        return new GetCohortGridService(new GetCohortGridService.Ports(cohorts, students, placements, frameworks, layouts, evaluations,
                scales, establishments));
    }

    @Bean
    GetCohortEvaluationsUseCase getCohortEvaluationsUseCase(LoadCohortPort cohorts, LoadStudentPort students, LoadEvaluationsPort evaluations) {
        return new GetCohortEvaluationsService(cohorts, students, evaluations);
    }
}
