package fr.agora.adapter.in.rest.indicators;

import fr.agora.application.port.in.indicators.ComputeCommercialIndicatorsUseCase;
import fr.agora.application.port.in.indicators.ComputeHrIndicatorsUseCase;
import fr.agora.application.service.indicators.ComputeCommercialIndicatorsService;
import fr.agora.application.service.indicators.ComputeHrIndicatorsService;
import fr.agora.domain.indicators.CommercialIndicatorCalculator;
import fr.agora.domain.indicators.HrIndicatorCalculator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Instantiates the plain-Java dashboard use cases. */
@Configuration(proxyBeanMethods = false)
public class IndicatorsConfiguration {

    @Bean
    ComputeHrIndicatorsUseCase computeHrIndicatorsUseCase() {
        return new ComputeHrIndicatorsService(new HrIndicatorCalculator());
    }

    @Bean
    ComputeCommercialIndicatorsUseCase computeCommercialIndicatorsUseCase() {
        return new ComputeCommercialIndicatorsService(new CommercialIndicatorCalculator());
    }
}
