package fr.agora.adapter.in.rest.bank;

import fr.agora.application.port.in.bank.ReconcileBankUseCase;
import fr.agora.application.port.in.lettrage.LetterAccountUseCase;
import fr.agora.application.port.in.receivables.AgeReceivablesUseCase;
import fr.agora.application.service.bank.ReconcileBankService;
import fr.agora.application.service.lettrage.LetterAccountService;
import fr.agora.application.service.receivables.AgeReceivablesService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the plain-Java services of bank reconciliation, lettrage and receivables. */
@Configuration
public class BankReconciliationConfiguration {
    @Bean
    ReconcileBankUseCase reconcileBankUseCase() {
        return new ReconcileBankService();
    }

    @Bean
    LetterAccountUseCase letterAccountUseCase() {
        return new LetterAccountService();
    }

    @Bean
    AgeReceivablesUseCase ageReceivablesUseCase() {
        return new AgeReceivablesService();
    }
}
