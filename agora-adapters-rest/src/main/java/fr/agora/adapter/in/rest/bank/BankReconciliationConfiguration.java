package fr.agora.adapter.in.rest.bank;

import fr.agora.application.port.in.bank.ReconcileBankUseCase;
import fr.agora.application.service.bank.ReconcileBankService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the plain-Java bank reconciliation use case. */
@Configuration(proxyBeanMethods = false)
public class BankReconciliationConfiguration {
    @Bean
    ReconcileBankUseCase reconcileBankUseCase() {
        return new ReconcileBankService();
    }
}
