package fr.agora.adapter.in.rest.depreciation;

import fr.agora.application.port.in.depreciation.ComputeDepreciationScheduleUseCase;
import fr.agora.application.service.depreciation.ComputeDepreciationScheduleService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Instantiates the plain-Java depreciation use case (stateless: the coefficients are a dated table in the domain). */
@Configuration(proxyBeanMethods = false)
public class DepreciationConfiguration {

    @Bean
    ComputeDepreciationScheduleUseCase computeDepreciationScheduleUseCase() {
        return new ComputeDepreciationScheduleService();
    }
}
