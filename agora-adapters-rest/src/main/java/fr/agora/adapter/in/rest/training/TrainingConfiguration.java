package fr.agora.adapter.in.rest.training;

import fr.agora.application.port.in.training.ComputeTrainingCostUseCase;
import fr.agora.application.service.training.ComputeTrainingCostService;
import fr.agora.domain.training.TrainingCostCalculator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Instantiates the plain-Java training use case. */
@Configuration(proxyBeanMethods = false)
public class TrainingConfiguration {

    @Bean
    ComputeTrainingCostUseCase computeTrainingCostUseCase() {
        return new ComputeTrainingCostService(new TrainingCostCalculator());
    }
}
