package fr.agora.adapter.in.rest.provision;

import fr.agora.application.port.in.provision.ComputeDoubtfulReceivablesProvisionUseCase;
import fr.agora.application.port.in.provision.ComputeStockDepreciationUseCase;
import fr.agora.application.service.provision.ComputeDoubtfulReceivablesProvisionService;
import fr.agora.application.service.provision.ComputeStockDepreciationService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Instantiates the plain-Java provision use cases (stateless: no out-port). */
@Configuration(proxyBeanMethods = false)
public class ProvisionConfiguration {

    @Bean
    ComputeDoubtfulReceivablesProvisionUseCase computeDoubtfulReceivablesProvisionUseCase() {
        return new ComputeDoubtfulReceivablesProvisionService();
    }

    @Bean
    ComputeStockDepreciationUseCase computeStockDepreciationUseCase() {
        return new ComputeStockDepreciationService();
    }
}
