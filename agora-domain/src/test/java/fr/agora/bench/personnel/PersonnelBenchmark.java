package fr.agora.bench.personnel;

import fr.agora.domain.indicators.Absence;
import fr.agora.domain.indicators.AbsenceKind;
import fr.agora.domain.indicators.Gender;
import fr.agora.domain.indicators.HrIndicatorCalculator;
import fr.agora.domain.indicators.HrIndicators;
import fr.agora.domain.indicators.StaffMember;
import fr.agora.domain.shared.Money;
import fr.agora.domain.workingtime.LeaveRequest;
import fr.agora.domain.workingtime.Shift;
import fr.agora.domain.workingtime.Worker;
import fr.agora.domain.workingtime.WorkingTimeChecker;
import fr.agora.domain.workingtime.WorkingTimePlan;
import fr.agora.domain.workingtime.WorkingTimeReport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.*;

/**
 * Issue 16 figures: the HR indicators of a 10 000-person register with a year of absences (target ≤ 200 ms), and the
 * planning checks of 1 000 people over a year (target ≤ 500 ms). Baselines in the same run: touching every register
 * line and absence once (summing their hours and days), and sorting the year's shifts by person and start (which the
 * checker must do anyway).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PersonnelBenchmark {

    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    private static final LocalDate DEC_31 = LocalDate.of(2026, 12, 31);

    private final HrIndicatorCalculator hr = new HrIndicatorCalculator();
    private final WorkingTimeChecker checker = new WorkingTimeChecker();
    private List<StaffMember> register;
    private List<Absence> absences;
    private WorkingTimePlan plan;

    @Setup
    public void setUp() {
        Random r = new Random(16);
        register = new ArrayList<>(10_000);
        absences = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            LocalDate birth = LocalDate.of(1960 + r.nextInt(45), 1 + r.nextInt(12), 1 + r.nextInt(28));
            LocalDate hire = birth.plusYears(18).plusDays(r.nextInt(365 * 20));
            if (hire.isAfter(DEC_31)) {
                hire = DEC_31.minusDays(r.nextInt(365));
            }
            LocalDate exit = r.nextInt(10) == 0 ? JAN_1.plusDays(r.nextInt(365)) : null;
            if (exit != null && exit.isBefore(hire)) {
                exit = null;
            }
            register.add(new StaffMember("M" + i, r.nextBoolean() ? Gender.FEMALE : Gender.MALE, birth, hire, exit,
                    r.nextInt(5) == 0 ? new BigDecimal("24") : new BigDecimal("35"), Money.ofCents(180_000 + r.nextInt(300_000))));
            int n = r.nextInt(5);   // 0–4 absences a year each: about 20 000 absences
            for (int k = 0; k < n; k++) {
                LocalDate from = JAN_1.plusDays(r.nextInt(365));
                absences.add(new Absence("M" + i, AbsenceKind.values()[r.nextInt(AbsenceKind.values().length)], from,
                        from.plusDays(r.nextInt(15))));
            }
        }
        plan = yearOfShifts(r);
    }

    /** 1 000 people, Monday–Friday all year (a few longer days, some part-timers and minors), and 2 000 leave requests. */
    private static WorkingTimePlan yearOfShifts(Random r) {
        List<Worker> workers = new ArrayList<>(1000);
        List<Shift> shifts = new ArrayList<>(260_000);
        List<LeaveRequest> leave = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            String id = "W" + i;
            boolean minor = i % 50 == 0;
            int contract = i % 5 == 0 ? 28 * 60 : 35 * 60;
            workers.add(new Worker(id, minor ? LocalDate.of(2009, 3, 1) : LocalDate.of(1980, 1, 1), contract, false, false,
                    null, BigDecimal.valueOf(30)));
            for (LocalDate d = JAN_1; !d.isAfter(DEC_31); d = d.plusDays(1)) {
                if (d.getDayOfWeek().getValue() <= 5) {
                    int end = 16 + (r.nextInt(20) == 0 ? 3 : 0);
                    shifts.add(new Shift(id, d.atTime(9, 0), d.atTime(end, 30), 30));
                }
            }
            LocalDate from = JAN_1.plusDays(r.nextInt(330));
            leave.add(new LeaveRequest("L" + i, id, from, from.plusDays(6)));
            leave.add(new LeaveRequest("L" + i + "b", id, from.plusDays(20), from.plusDays(22)));
        }
        return new WorkingTimePlan(workers, shifts, leave, 900, null);
    }

    @Benchmark
    public HrIndicators hrIndicators10000PeopleYear() {
        return hr.compute(register, absences, JAN_1, DEC_31);
    }

    @Benchmark
    public long baselineTouchRegisterAndAbsences() {
        long sum = 0;
        for (StaffMember m : register) {
            sum += m.weeklyHours().unscaledValue().longValue() + m.hireDate().toEpochDay();
        }
        for (Absence a : absences) {
            sum += ChronoUnit.DAYS.between(a.from(), a.to()) + a.memberId().length();
        }
        return sum;
    }

    @Benchmark
    public WorkingTimeReport planningChecks1000PeopleYear() {
        return checker.check(plan);
    }

    @Benchmark
    public List<Shift> baselineSortShifts() {
        List<Shift> copy = new ArrayList<>(plan.shifts());
        copy.sort(Comparator.comparing(Shift::workerId).thenComparing(Shift::start));
        return copy;
    }
}
