package fr.agora.adapter.out.persistence.pfmp;

import fr.agora.application.port.out.pfmp.LoadPfmpAttendancePort;
import fr.agora.application.port.out.pfmp.SavePfmpAttendancePort;
import fr.agora.domain.pfmp.AllowanceValidation;
import fr.agora.domain.pfmp.CycleYear;
import fr.agora.domain.pfmp.PfmpAttendance;
import fr.agora.domain.school.PeriodCode;
import fr.agora.domain.school.StudentId;
import fr.agora.domain.shared.Money;
import fr.agora.domain.shared.Uai;
import java.sql.Timestamp;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/** Attendance ({@code pfmp_attendance}) and allowance validations ({@code pfmp_allowance_validation}), read through the student's school. */
public class JdbcPfmpAttendanceStore implements LoadPfmpAttendancePort, SavePfmpAttendancePort {

    private final JdbcTemplate jdbc;

    public JdbcPfmpAttendanceStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<PfmpAttendance> loadAttendance(Uai uai, StudentId id) {
        return jdbc.query("SELECT a.period, a.cycle_year, a.justified_absence_days, a.unjustified_absence_days FROM pfmp_attendance a "
                        + "JOIN eval_student s ON s.id = a.student_id WHERE s.uai = ? AND a.student_id = ? ORDER BY a.period",
                (rs, i) -> new PfmpAttendance(id, PeriodCode.valueOf(rs.getString(1)), CycleYear.valueOf(rs.getString(2)),
                        rs.getInt(3), rs.getInt(4)), uai.value(), id.value());
    }

    @Override
    public List<AllowanceValidation> loadValidations(Uai uai, StudentId id) {
        return jdbc.query("SELECT v.period, v.cycle_year, v.days, v.amount, v.validated_by, v.validated_at FROM pfmp_allowance_validation v "
                        + "JOIN eval_student s ON s.id = v.student_id WHERE s.uai = ? AND v.student_id = ? ORDER BY v.period",
                (rs, i) -> new AllowanceValidation(id, PeriodCode.valueOf(rs.getString(1)), CycleYear.valueOf(rs.getString(2)),
                        rs.getInt(3), Money.of(rs.getBigDecimal(4)), rs.getString(5), rs.getTimestamp(6).toInstant()), uai.value(), id.value());
    }

    @Override
    public void saveAttendance(PfmpAttendance a) {
        int n = jdbc.update("UPDATE pfmp_attendance SET cycle_year = ?, justified_absence_days = ?, unjustified_absence_days = ? "
                        + "WHERE student_id = ? AND period = ?", a.cycleYear().name(), a.justifiedAbsenceDays(), a.unjustifiedAbsenceDays(),
                a.studentId().value(), a.period().name());
        if (n == 0) {
            jdbc.update("INSERT INTO pfmp_attendance (student_id, period, cycle_year, justified_absence_days, unjustified_absence_days) VALUES (?, ?, ?, ?, ?)",
                    a.studentId().value(), a.period().name(), a.cycleYear().name(), a.justifiedAbsenceDays(), a.unjustifiedAbsenceDays());
        }
    }

    @Override
    public boolean insertValidation(AllowanceValidation v) {
        try {
            jdbc.update("INSERT INTO pfmp_allowance_validation (student_id, period, cycle_year, days, amount, validated_by, validated_at) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?)", v.studentId().value(), v.period().name(), v.cycleYear().name(), v.days(),
                    v.amount().amount(), v.validatedBy(), Timestamp.from(v.validatedAt()));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }
}
