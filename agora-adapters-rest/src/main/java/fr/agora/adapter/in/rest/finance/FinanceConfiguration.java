package fr.agora.adapter.in.rest.finance;

import fr.agora.application.port.in.finance.ComputeFinancialRatiosUseCase;
import fr.agora.application.port.in.finance.ComputeFunctionalBalanceSheetUseCase;
import fr.agora.application.port.in.finance.ComputeIntermediateBalancesUseCase;
import fr.agora.application.service.finance.ComputeFinancialRatiosService;
import fr.agora.application.service.finance.ComputeFunctionalBalanceSheetService;
import fr.agora.application.service.finance.ComputeIntermediateBalancesService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Instantiates the plain-Java financial-analysis use cases (stateless: no out-port). */
@Configuration(proxyBeanMethods = false)
public class FinanceConfiguration {

    @Bean
    ComputeFunctionalBalanceSheetUseCase computeFunctionalBalanceSheetUseCase() {
        return new ComputeFunctionalBalanceSheetService();
    }

    @Bean
    ComputeIntermediateBalancesUseCase computeIntermediateBalancesUseCase() {
        return new ComputeIntermediateBalancesService();
    }

    @Bean
    ComputeFinancialRatiosUseCase computeFinancialRatiosUseCase() {
        return new ComputeFinancialRatiosService();
    }
}
