package fr.agora.adapter.in.rest.readiness;

import fr.agora.application.port.in.readiness.ConfigureReadinessGridUseCase;
import fr.agora.application.port.in.readiness.GetExamReadinessUseCase;
import fr.agora.application.port.out.assessment.LoadFrameworkPort;
import fr.agora.application.port.out.assessment.LoadScalePort;
import fr.agora.application.port.out.readiness.LoadReadinessGridPort;
import fr.agora.application.port.out.readiness.SaveReadinessGridPort;
import fr.agora.application.port.out.shared.TransactionPort;
import fr.agora.application.service.assessment.StudentRecords;
import fr.agora.application.service.readiness.ConfigureReadinessGridService;
import fr.agora.application.service.readiness.GetExamReadinessService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires exam readiness and the CCF grids. */
@Configuration(proxyBeanMethods = false)
public class ReadinessConfiguration {

    @Bean
    GetExamReadinessUseCase getExamReadinessUseCase(StudentRecords.Ports records, LoadReadinessGridPort grids) {
        return new GetExamReadinessService(records, grids);
    }

    @Bean
    ConfigureReadinessGridUseCase configureReadinessGridUseCase(LoadScalePort scales, LoadFrameworkPort frameworks,
                                                                LoadReadinessGridPort load, SaveReadinessGridPort save, TransactionPort tx) {
        return new ConfigureReadinessGridService(scales, frameworks, load, save, tx);
    }
}
