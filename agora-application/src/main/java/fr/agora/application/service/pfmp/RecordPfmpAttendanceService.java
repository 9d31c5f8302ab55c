package fr.agora.application.service.pfmp;

import fr.agora.application.port.in.pfmp.RecordPfmpAttendanceCommand;
import fr.agora.application.port.in.pfmp.RecordPfmpAttendanceUseCase;
import fr.agora.application.port.in.shared.Caller;
import fr.agora.application.port.out.pfmp.LoadPfmpAttendancePort;
import fr.agora.application.port.out.pfmp.SavePfmpAttendancePort;
import fr.agora.application.port.out.school.LoadCohortPort;
import fr.agora.application.port.out.school.LoadPlacementsPort;
import fr.agora.application.port.out.school.LoadStudentPort;
import fr.agora.application.port.out.shared.TransactionPort;
import fr.agora.application.service.school.SchoolLookups;
import fr.agora.application.service.shared.Roles;
import fr.agora.domain.pfmp.CycleYear;
import fr.agora.domain.pfmp.PfmpAttendance;
import fr.agora.domain.pfmp.PfmpDays;
import fr.agora.domain.school.PeriodCode;
import fr.agora.domain.school.PfmpPeriod;
import fr.agora.domain.school.Student;
import fr.agora.domain.shared.ConflictException;
import fr.agora.domain.shared.NotFoundException;
import java.util.Map;

/** Records the attendance of a placement; a period whose allowance the head validated is locked. */
public final class RecordPfmpAttendanceService implements RecordPfmpAttendanceUseCase {

    private final LoadStudentPort students;
    private final LoadPlacementsPort placements;
    private final LoadCohortPort cohorts;
    private final LoadPfmpAttendancePort load;
    private final SavePfmpAttendancePort save;
    private final TransactionPort tx;

    public RecordPfmpAttendanceService(LoadStudentPort students, LoadPlacementsPort placements, LoadCohortPort cohorts,
                                       LoadPfmpAttendancePort load, SavePfmpAttendancePort save, TransactionPort tx) {
        this.students = students;
        this.placements = placements;
        this.cohorts = cohorts;
        this.load = load;
        this.save = save;
        this.tx = tx;
    }

    @Override
    public PfmpAttendance recordAttendance(RecordPfmpAttendanceCommand c) {
        Roles.require(c.caller(), Caller.Role.SCHOOL_ADMIN, Caller.Role.TEACHER, Caller.Role.ENT_INTEGRATION);
        Student s = SchoolLookups.visibleStudent(students, placements, c.caller(), c.studentId());
        PeriodCode code = PeriodCode.parse("period", c.period());
        if (placements.loadPlacementsOfStudent(c.caller().uai(), s.id()).stream().noneMatch(p -> p.period() == code)) {
            throw new NotFoundException("placement-not-found", "placement", c.studentId() + " " + code);
        }
        PfmpAttendance a = new PfmpAttendance(s.id(), code, CycleYear.parse("cycleYear", c.cycleYear()),
                c.justifiedAbsenceDays(), c.unjustifiedAbsenceDays());
        PfmpPeriod period = SchoolLookups.cohort(cohorts, c.caller(), s.cohortId()).periods().stream()
                .filter(p -> p.code() == code).findFirst()
                .orElseThrow(() -> new NotFoundException("period-not-found", "period", code.name()));
        PfmpDays.daysDone(PfmpDays.plannedDays(period), a.absenceDays());
        return tx.inTransaction(() -> {
            if (load.loadValidations(c.caller().uai(), s.id()).stream().anyMatch(v -> v.period() == code)) {
                throw new ConflictException("pfmp-period-validated", "period",
                        "the allowance of " + code + " was validated by the head of school: the period is locked", Map.of("period", code.name()));
            }
            save.saveAttendance(a);
            return a;
        });
    }
}
