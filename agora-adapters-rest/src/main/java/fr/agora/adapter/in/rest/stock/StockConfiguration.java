package fr.agora.adapter.in.rest.stock;

import fr.agora.application.port.in.stock.ComputePurchaseCostUseCase;
import fr.agora.application.port.in.stock.ComputeStockLedgerUseCase;
import fr.agora.application.port.in.stock.ComputeStockRotationUseCase;
import fr.agora.application.port.in.stock.PlanReplenishmentUseCase;
import fr.agora.application.service.stock.ComputePurchaseCostService;
import fr.agora.application.service.stock.ComputeStockLedgerService;
import fr.agora.application.service.stock.ComputeStockRotationService;
import fr.agora.application.service.stock.PlanReplenishmentService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Instantiates the plain-Java stock use cases (stateless: no out-port). */
@Configuration(proxyBeanMethods = false)
public class StockConfiguration {

    @Bean
    ComputeStockLedgerUseCase computeStockLedgerUseCase() {
        return new ComputeStockLedgerService();
    }

    @Bean
    PlanReplenishmentUseCase planReplenishmentUseCase() {
        return new PlanReplenishmentService();
    }

    @Bean
    ComputeStockRotationUseCase computeStockRotationUseCase() {
        return new ComputeStockRotationService();
    }

    @Bean
    ComputePurchaseCostUseCase computePurchaseCostUseCase() {
        return new ComputePurchaseCostService();
    }
}
