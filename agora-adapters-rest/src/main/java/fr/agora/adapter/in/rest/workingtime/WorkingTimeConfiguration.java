package fr.agora.adapter.in.rest.workingtime;

import fr.agora.application.port.in.workingtime.CheckWorkingTimeUseCase;
import fr.agora.application.service.workingtime.CheckWorkingTimeService;
import fr.agora.domain.workingtime.WorkingTimeChecker;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Instantiates the plain-Java working-time use case (the paie parameters price heures complémentaires). */
@Configuration(proxyBeanMethods = false)
public class WorkingTimeConfiguration {

    @Bean
    CheckWorkingTimeUseCase checkWorkingTimeUseCase() {
        return new CheckWorkingTimeService(new WorkingTimeChecker());
    }
}
