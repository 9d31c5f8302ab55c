package fr.agora.adapter.in.rest.paie;

import fr.agora.application.port.in.paie.BuildPayrollJournalUseCase;
import fr.agora.application.port.in.paie.ComputeLeaveEntitlementUseCase;
import fr.agora.application.port.in.paie.ComputeLeaveIndemnityUseCase;
import fr.agora.application.port.in.paie.ComputePayslipUseCase;
import fr.agora.application.service.paie.BuildPayrollJournalService;
import fr.agora.application.service.paie.ComputeLeaveEntitlementService;
import fr.agora.application.service.paie.ComputeLeaveIndemnityService;
import fr.agora.application.service.paie.ComputePayslipService;
import fr.agora.domain.paie.PayslipCalculator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class PaieConfiguration {

    @Bean
    PayslipCalculator payslipCalculator() {
        return new PayslipCalculator();
    }

    @Bean
    ComputePayslipUseCase computePayslipUseCase(PayslipCalculator c) {
        return new ComputePayslipService(c);
    }

    @Bean
    BuildPayrollJournalUseCase buildPayrollJournalUseCase(PayslipCalculator c) {
        return new BuildPayrollJournalService(c);
    }

    @Bean
    ComputeLeaveEntitlementUseCase computeLeaveEntitlementUseCase() {
        return new ComputeLeaveEntitlementService();
    }

    @Bean
    ComputeLeaveIndemnityUseCase computeLeaveIndemnityUseCase() {
        return new ComputeLeaveIndemnityService();
    }
}
