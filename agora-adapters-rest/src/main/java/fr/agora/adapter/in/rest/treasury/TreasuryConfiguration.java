package fr.agora.adapter.in.rest.treasury;

import fr.agora.application.port.in.treasury.CheckCashCountUseCase;
import fr.agora.application.port.in.treasury.ComputeCashBudgetUseCase;
import fr.agora.application.port.in.treasury.ComputeSelfFinancingCapacityUseCase;
import fr.agora.application.service.treasury.CheckCashCountService;
import fr.agora.application.service.treasury.ComputeCashBudgetService;
import fr.agora.application.service.treasury.ComputeSelfFinancingCapacityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Instantiates the plain-Java treasury use cases (stateless: no out-port). */
@Configuration(proxyBeanMethods = false)
public class TreasuryConfiguration {

    @Bean
    ComputeCashBudgetUseCase computeCashBudgetUseCase() {
        return new ComputeCashBudgetService();
    }

    @Bean
    CheckCashCountUseCase checkCashCountUseCase() {
        return new CheckCashCountService();
    }

    @Bean
    ComputeSelfFinancingCapacityUseCase computeSelfFinancingCapacityUseCase() {
        return new ComputeSelfFinancingCapacityService();
    }
}
