package fr.agora.adapter.in.rest.workingtime;

import fr.agora.adapter.in.rest.workingtime.WorkingTimeDtos.WorkingTimeCheckRequest;
import fr.agora.adapter.in.rest.workingtime.WorkingTimeDtos.WorkingTimeCheckResponse;
import fr.agora.adapter.in.rest.workingtime.WorkingTimeDtos.WorkingTimeLeaveRequest;
import fr.agora.adapter.in.rest.workingtime.WorkingTimeDtos.WorkingTimeShiftRequest;
import fr.agora.adapter.in.rest.workingtime.WorkingTimeDtos.WorkingTimeWorkerRequest;
import fr.agora.application.port.in.workingtime.CheckWorkingTimeCommand;
import fr.agora.domain.shared.IndexedInput;
import fr.agora.domain.shared.Money;
import fr.agora.domain.workingtime.LeaveRequest;
import fr.agora.domain.workingtime.Shift;
import fr.agora.domain.workingtime.Worker;
import fr.agora.domain.workingtime.WorkingTimePlan;
import fr.agora.domain.workingtime.WorkingTimeReport;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Function;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** DTO ↔ domain. The report is mapped by MapStruct; the request by hand, so that errors name the list index. */
@Mapper
public interface WorkingTimeRestMapper {

    @Mapping(target = "compliant", expression = "java(r.compliant())")
    WorkingTimeCheckResponse toResponse(WorkingTimeReport r);

    default BigDecimal amount(Money m) {
        return m == null ? null : m.amount();
    }

    default CheckWorkingTimeCommand toCommand(WorkingTimeCheckRequest r) {
        List<Worker> workers = indexed(r.workers(), "workers", WorkingTimeRestMapper::worker);
        List<Shift> shifts = indexed(r.shifts(), "shifts", s -> new Shift(s.workerId(), s.start(), s.end(),
                s.breakMinutes() == null ? 0 : s.breakMinutes()));
        List<LeaveRequest> leave = indexed(r.leaveRequests() == null ? List.of() : r.leaveRequests(), "leaveRequests",
                (WorkingTimeLeaveRequest l) -> new LeaveRequest(l.id(), l.workerId(), l.from(), l.to()));
        return new CheckWorkingTimeCommand(new WorkingTimePlan(workers, shifts, leave,
                r.minimumStaffing() == null ? 0 : r.minimumStaffing(), r.region()));
    }

    private static Worker worker(WorkingTimeWorkerRequest w) {
        int minutes = w.contractWeeklyHours().multiply(BigDecimal.valueOf(60)).setScale(0, RoundingMode.HALF_UP).intValueExact();
        return new Worker(w.id(), w.birthDate(), minutes, Boolean.TRUE.equals(w.partTimeDerogation()),
                Boolean.TRUE.equals(w.complementaryHoursAgreement()), w.hourlyRate() == null ? null : Money.of(w.hourlyRate()),
                w.leaveBalanceDays());
    }

    /** Maps each element, re-raising a domain error under {@code name[i]}. */
    private static <T, R> List<R> indexed(List<T> in, String name, Function<T, R> f) {
        return IndexedInput.map(in, name, f);
    }
}
