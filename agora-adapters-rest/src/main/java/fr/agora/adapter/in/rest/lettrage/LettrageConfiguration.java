package fr.agora.adapter.in.rest.lettrage;

import fr.agora.application.port.in.lettrage.LetterAccountUseCase;
import fr.agora.application.service.lettrage.LetterAccountService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the plain-Java lettrage use case. */
@Configuration(proxyBeanMethods = false)
public class LettrageConfiguration {
    @Bean
    LetterAccountUseCase letterAccountUseCase() {
        return new LetterAccountService();
    }
}
