package fr.agora.adapter.in.rest.receivables;

import fr.agora.application.port.in.receivables.AgeReceivablesUseCase;
import fr.agora.application.service.receivables.AgeReceivablesService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the plain-Java receivables ageing use case. */
@Configuration(proxyBeanMethods = false)
public class ReceivablesConfiguration {
    @Bean
    AgeReceivablesUseCase ageReceivablesUseCase() {
        return new AgeReceivablesService();
    }
}
