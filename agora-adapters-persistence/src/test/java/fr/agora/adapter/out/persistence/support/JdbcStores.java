package fr.agora.adapter.out.persistence.support;

import fr.agora.adapter.out.persistence.assessment.JdbcEstablishmentStore;
import fr.agora.adapter.out.persistence.assessment.JdbcEvaluationStore;
import fr.agora.adapter.out.persistence.assessment.JdbcScaleStore;
import fr.agora.adapter.out.persistence.readiness.JdbcReadinessGridStore;
import fr.agora.adapter.out.persistence.school.JdbcCohortStore;
import fr.agora.adapter.out.persistence.school.JdbcPlacementStore;
import fr.agora.adapter.out.persistence.school.JdbcRowVersions;
import fr.agora.adapter.out.persistence.school.JdbcStudentStore;
import fr.agora.adapter.out.persistence.shared.JdbcAuditStore;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every school-tracking store on one database, as the application wires them (for the contract tests and benchmarks). */
public record JdbcStores(JdbcEstablishmentStore establishments, JdbcCohortStore cohorts, JdbcStudentStore students,
                         JdbcPlacementStore placements, JdbcRowVersions versions, JdbcEvaluationStore evaluations,
                         JdbcScaleStore scales, JdbcReadinessGridStore grids, JdbcAuditStore audit) {

    public static JdbcStores on(JdbcTemplate jdbc) {
        return new JdbcStores(new JdbcEstablishmentStore(jdbc), new JdbcCohortStore(jdbc), new JdbcStudentStore(jdbc),
                new JdbcPlacementStore(jdbc), new JdbcRowVersions(jdbc), new JdbcEvaluationStore(jdbc), new JdbcScaleStore(jdbc),
                new JdbcReadinessGridStore(jdbc), new JdbcAuditStore(jdbc));
    }
}
