package fr.agora.adapter.in.rest.travel;

import fr.agora.application.port.in.travel.CheckExpenseClaimUseCase;
import fr.agora.application.port.in.travel.ComputeMileageAllowanceUseCase;
import fr.agora.application.service.travel.CheckExpenseClaimService;
import fr.agora.application.service.travel.ComputeMileageAllowanceService;
import fr.agora.domain.travel.MileageScaleTable;
import fr.agora.domain.travel.UrssafAllowanceTable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Instantiates the plain-Java travel use cases with the dated tables shipped in the domain. */
@Configuration(proxyBeanMethods = false)
public class TravelConfiguration {

    @Bean
    ComputeMileageAllowanceUseCase computeMileageAllowanceUseCase() {
        return new ComputeMileageAllowanceService(MileageScaleTable.FRANCE);
    }

    @Bean
    CheckExpenseClaimUseCase checkExpenseClaimUseCase() {
        return new CheckExpenseClaimService(UrssafAllowanceTable.FRANCE);
    }
}
