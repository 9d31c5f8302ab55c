package fr.agora.adapter.out.persistence.school;

import fr.agora.application.port.out.school.LoadPlacementsPort;
import fr.agora.application.port.out.school.SavePlacementPort;
import fr.agora.domain.school.OrganisationKind;
import fr.agora.domain.school.PeriodCode;
import fr.agora.domain.school.Placement;
import fr.agora.domain.school.StudentId;
import fr.agora.domain.shared.Uai;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * PFMP placements ({@code eval_placement}), one per student and period, read through the student's school.
 */
public class JdbcPlacementStore implements LoadPlacementsPort, SavePlacementPort {

    private final JdbcTemplate jdbc;

    public JdbcPlacementStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Placement> loadPlacementsOfStudent(Uai uai, StudentId id) {
        return jdbc.query("SELECT p.student_id, p.period, p.organisation, p.kind, p.tutor_name, p.tutor_email FROM eval_placement p "
                        + "JOIN eval_student s ON s.id = p.student_id WHERE s.uai = ? AND p.student_id = ? ORDER BY p.period",
                (rs, i) -> new Placement(StudentId.of(rs.getString(1)), PeriodCode.valueOf(rs.getString(2)), rs.getString(3),
                        OrganisationKind.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6)), uai.value(), id.value());
    }

    @Override
    public void savePlacement(Placement p) {
        int n = jdbc.update("UPDATE eval_placement SET organisation = ?, kind = ?, tutor_name = ?, tutor_email = ?, row_version = row_version + 1 "
                + "WHERE student_id = ? AND period = ?", p.organisation(), p.kind().name(), p.tutorName(), p.tutorEmail(), p.studentId().value(), p.period().name());
        if (n == 0) {
            jdbc.update("INSERT INTO eval_placement (student_id, period, organisation, kind, tutor_name, tutor_email) VALUES (?, ?, ?, ?, ?, ?)",
                    p.studentId().value(), p.period().name(), p.organisation(), p.kind().name(), p.tutorName(), p.tutorEmail());
        }
    }
}
