package fr.agora.adapter.in.rest.school;

import fr.agora.application.port.in.school.ImportStudentsUseCase;
import fr.agora.application.port.in.school.ManageCohortsUseCase;
import fr.agora.application.port.in.school.ManagePlacementsUseCase;
import fr.agora.application.port.in.school.ManageStudentsUseCase;
import fr.agora.application.port.in.school.StudentPrivacyUseCase;
import fr.agora.application.port.out.assessment.LoadEvaluationsPort;
import fr.agora.application.port.out.assessment.LoadFrameworkPort;
import fr.agora.application.port.out.school.EraseStudentPort;
import fr.agora.application.port.out.school.ListCohortsPort;
import fr.agora.application.port.out.school.ListStudentsPort;
import fr.agora.application.port.out.school.LoadCohortPort;
import fr.agora.application.port.out.school.LoadPlacementsPort;
import fr.agora.application.port.out.school.LoadStudentPort;
import fr.agora.application.port.out.school.SaveCohortPort;
import fr.agora.application.port.out.school.SavePlacementPort;
import fr.agora.application.port.out.school.SaveStudentsPort;
import fr.agora.application.port.out.school.VersionedWritesPort;
import fr.agora.application.port.out.shared.AuditPort;
import fr.agora.application.port.out.shared.TransactionPort;
import fr.agora.application.service.school.ImportStudentsService;
import fr.agora.application.service.school.ManageCohortsService;
import fr.agora.application.service.school.ManagePlacementsService;
import fr.agora.application.service.school.ManageStudentsService;
import fr.agora.application.service.school.StudentPrivacyService;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the school-register use cases (cohorts, students, SIECLE import, placements, RGPD) to the persistence out-ports. */
@Configuration(proxyBeanMethods = false)
public class SchoolConfiguration {

    @Bean
    ManageCohortsUseCase manageCohortsUseCase(LoadFrameworkPort frameworks, LoadCohortPort load, SaveCohortPort save,
                                              ListCohortsPort list, VersionedWritesPort versions, TransactionPort tx) {
        return new ManageCohortsService(frameworks, load, save, list, versions, tx);
    }

    @Bean
    ManageStudentsUseCase manageStudentsUseCase(LoadStudentPort load, LoadPlacementsPort placements, LoadCohortPort cohorts,
                                                ListStudentsPort list, SaveStudentsPort save, VersionedWritesPort versions,
                                                TransactionPort tx) {
        return new ManageStudentsService(load, placements, cohorts, list, save, versions, tx);
    }

    @Bean
    ManagePlacementsUseCase managePlacementsUseCase(LoadStudentPort students, LoadPlacementsPort load, LoadCohortPort cohorts,
                                                    SavePlacementPort save, VersionedWritesPort versions, TransactionPort tx) {
        return new ManagePlacementsService(students, load, cohorts, save, versions, tx);
    }

    @Bean
    ImportStudentsUseCase importStudentsUseCase(LoadCohortPort cohorts, LoadStudentPort load, SaveStudentsPort save, TransactionPort tx) {
        return new ImportStudentsService(cohorts, load, save, tx);
    }

    @Bean
    StudentPrivacyUseCase studentPrivacyUseCase(LoadStudentPort students, LoadCohortPort cohorts, LoadPlacementsPort placements,
                                                LoadEvaluationsPort evaluations, EraseStudentPort erase, AuditPort audit,
                                                TransactionPort tx, Clock clock) {
        return new StudentPrivacyService(students, cohorts, placements, evaluations, erase, audit, tx, clock);
    }
}
