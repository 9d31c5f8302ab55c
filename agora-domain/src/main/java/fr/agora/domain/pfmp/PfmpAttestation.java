package fr.agora.domain.pfmp;

import fr.agora.domain.school.Cohort;
import fr.agora.domain.school.PeriodCode;
import fr.agora.domain.school.PfmpPeriod;
import fr.agora.domain.school.Placement;
import fr.agora.domain.school.Student;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The attestation de PFMP of one student: per period placed, the dates, host organisation, tutor, days planned,
 * absences and days and weeks done; and the weeks done over the cycle against the weeks the exam requires.
 * A period whose attendance is not yet recorded shows its planned days but counts nothing.
 */
public record PfmpAttestation(Student student, Cohort cohort, List<Line> lines, int daysDone, BigDecimal weeksDone,
                              PfmpWeeksRequirement requirement, boolean requirementMet) {

    public record Line(PeriodCode period, LocalDate start, LocalDate end, String organisation, String tutorName,
                       CycleYear cycleYear, int plannedDays, int justifiedAbsenceDays, int unjustifiedAbsenceDays,
                       Integer daysDone, BigDecimal weeksDone) {
        public boolean attested() {
            return daysDone != null;
        }
    }

    public PfmpAttestation {
        lines = List.copyOf(lines);
    }

    public static PfmpAttestation of(Student student, Cohort cohort, List<Placement> placements, List<PfmpAttendance> attendance) {
        Map<PeriodCode, Placement> placed = placements.stream().collect(Collectors.toMap(Placement::period, Function.identity()));
        Map<PeriodCode, PfmpAttendance> attended = attendance.stream().collect(Collectors.toMap(PfmpAttendance::period, Function.identity()));
        List<Line> lines = new ArrayList<>();
        int total = 0;
        for (PfmpPeriod period : cohort.periods()) {
            Placement p = placed.get(period.code());
            if (p == null) continue;
            int planned = PfmpDays.plannedDays(period);
            PfmpAttendance a = attended.get(period.code());
            if (a == null) {
                lines.add(new Line(period.code(), period.start(), period.end(), p.organisation(), p.tutorName(), null, planned, 0, 0, null, null));
                continue;
            }
            int done = PfmpDays.daysDone(planned, a.absenceDays());
            total += done;
            lines.add(new Line(period.code(), period.start(), period.end(), p.organisation(), p.tutorName(), a.cycleYear(), planned,
                    a.justifiedAbsenceDays(), a.unjustifiedAbsenceDays(), done, PfmpDays.weeks(done)));
        }
        PfmpWeeksRequirement requirement = PfmpWeeksRequirement.forExamSession(cohort.examSessionYear());
        BigDecimal weeks = PfmpDays.weeks(total);
        return new PfmpAttestation(student, cohort, lines, total, weeks, requirement,
                weeks.compareTo(BigDecimal.valueOf(requirement.requiredWeeks())) >= 0);
    }
}
