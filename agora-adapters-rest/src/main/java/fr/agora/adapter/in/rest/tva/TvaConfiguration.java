package fr.agora.adapter.in.rest.tva;

import fr.agora.application.port.in.tva.AssessFranchiseUseCase;
import fr.agora.application.port.in.tva.AssessVatDeductionUseCase;
import fr.agora.application.port.in.tva.ComputeMarginVatUseCase;
import fr.agora.application.port.in.tva.ComputeCa12UseCase;
import fr.agora.application.port.in.tva.ComputeCa3UseCase;
import fr.agora.application.port.in.tva.ConvertVatUseCase;
import fr.agora.application.service.tva.AssessFranchiseService;
import fr.agora.application.service.tva.AssessVatDeductionService;
import fr.agora.application.service.tva.ComputeMarginVatService;
import fr.agora.application.service.tva.ComputeCa12Service;
import fr.agora.application.service.tva.ComputeCa3Service;
import fr.agora.application.service.tva.ConvertVatService;
import fr.agora.domain.tva.VatRateTable;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Instantiates the plain-Java TVA use cases (and the rate table the invoice feature shares). Dates default to today by the
 * application's one {@code Clock} (Europe/Paris, {@code ClockConfiguration}). */
@Configuration(proxyBeanMethods = false)
public class TvaConfiguration {

    @Bean
    VatRateTable vatRateTable() {
        return VatRateTable.FRANCE;
    }

    @Bean
    ConvertVatUseCase convertVatUseCase(VatRateTable rates, Clock clock) {
        return new ConvertVatService(rates, clock);
    }

    @Bean
    ComputeCa3UseCase computeCa3UseCase(VatRateTable rates) {
        return new ComputeCa3Service(rates);
    }

    @Bean
    ComputeCa12UseCase computeCa12UseCase(Clock clock) {
        return new ComputeCa12Service(clock);
    }

    @Bean
    ComputeMarginVatUseCase computeMarginVatUseCase(VatRateTable rates, Clock clock) {
        return new ComputeMarginVatService(rates, clock);
    }

    @Bean
    AssessVatDeductionUseCase assessVatDeductionUseCase(Clock clock) {
        return new AssessVatDeductionService(clock);
    }

    @Bean
    AssessFranchiseUseCase assessFranchiseUseCase() {
        return new AssessFranchiseService();
    }
}
