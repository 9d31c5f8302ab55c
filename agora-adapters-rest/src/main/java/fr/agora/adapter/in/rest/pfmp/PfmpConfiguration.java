package fr.agora.adapter.in.rest.pfmp;

import fr.agora.application.port.in.pfmp.GetPfmpAllowancesUseCase;
import fr.agora.application.port.in.pfmp.GetPfmpAttestationUseCase;
import fr.agora.application.port.in.pfmp.RecordPfmpAttendanceUseCase;
import fr.agora.application.port.in.pfmp.ValidatePfmpAllowanceUseCase;
import fr.agora.application.port.out.pfmp.LoadPfmpAttendancePort;
import fr.agora.application.port.out.pfmp.SavePfmpAttendancePort;
import fr.agora.application.port.out.school.ListStudentsPort;
import fr.agora.application.port.out.school.LoadCohortPort;
import fr.agora.application.port.out.school.LoadPlacementsPort;
import fr.agora.application.port.out.school.LoadStudentPort;
import fr.agora.application.port.out.shared.AuditPort;
import fr.agora.application.port.out.shared.TransactionPort;
import fr.agora.application.service.pfmp.GetPfmpAllowancesService;
import fr.agora.application.service.pfmp.GetPfmpAttestationService;
import fr.agora.application.service.pfmp.RecordPfmpAttendanceService;
import fr.agora.application.service.pfmp.ValidatePfmpAllowanceService;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the attestation and allocation de PFMP use cases. */
@Configuration(proxyBeanMethods = false)
public class PfmpConfiguration {

    @Bean
    RecordPfmpAttendanceUseCase recordPfmpAttendanceUseCase(LoadStudentPort students, LoadPlacementsPort placements, LoadCohortPort cohorts,
                                                            LoadPfmpAttendancePort load, SavePfmpAttendancePort save, TransactionPort tx) {
        return new RecordPfmpAttendanceService(students, placements, cohorts, load, save, tx);
    }

    @Bean
    GetPfmpAttestationUseCase getPfmpAttestationUseCase(LoadStudentPort students, LoadPlacementsPort placements, LoadCohortPort cohorts,
                                                        LoadPfmpAttendancePort load) {
        return new GetPfmpAttestationService(students, placements, cohorts, load);
    }

    @Bean
    GetPfmpAllowancesUseCase getPfmpAllowancesUseCase(LoadStudentPort students, LoadPlacementsPort placements, LoadCohortPort cohorts,
                                                      LoadPfmpAttendancePort load, ListStudentsPort listStudents) {
        return new GetPfmpAllowancesService(students, placements, cohorts, load, listStudents);
    }

    @Bean
    ValidatePfmpAllowanceUseCase validatePfmpAllowanceUseCase(LoadStudentPort students, LoadPlacementsPort placements, LoadCohortPort cohorts,
                                                              LoadPfmpAttendancePort load, SavePfmpAttendancePort save, AuditPort audit,
                                                              TransactionPort tx, Clock clock) {
        return new ValidatePfmpAllowanceService(students, placements, cohorts, load, save, audit, tx, clock);
    }
}
