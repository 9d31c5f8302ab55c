package fr.agora.adapter.out.persistence.webhook;

import fr.agora.application.port.out.webhook.EndedPeriodsPort;
import fr.agora.domain.school.CohortId;
import fr.agora.domain.school.PeriodCode;
import fr.agora.domain.shared.ConflictException;
import fr.agora.domain.shared.Uai;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/** Ended PFMP periods ({@code eval_pfmp_period}) not yet in {@code webhook_period_announced}; the primary key makes marking once-only. */
public class JdbcEndedPeriods implements EndedPeriodsPort {

    private final JdbcTemplate jdbc;

    public JdbcEndedPeriods(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<EndedPeriod> endedPeriodsNotAnnounced(LocalDate from, LocalDate before, int limit) {
        return jdbc.query("SELECT c.uai, p.cohort_id, p.code, p.end_date FROM eval_pfmp_period p JOIN eval_cohort c ON c.id = p.cohort_id "
                        + "WHERE p.end_date >= ? AND p.end_date < ? AND NOT EXISTS (SELECT 1 FROM webhook_period_announced a "
                        + "WHERE a.cohort_id = p.cohort_id AND a.period = p.code) ORDER BY p.end_date, p.cohort_id, p.code LIMIT ?",
                (rs, i) -> new EndedPeriod(Uai.of(rs.getString(1)), new CohortId(rs.getString(2)), PeriodCode.valueOf(rs.getString(3)),
                        rs.getObject(4, LocalDate.class)), Date.valueOf(from), Date.valueOf(before), limit);
    }

    /**
     * Inserts the marker unless present (0 rows: already announced). Two runs racing past the check collide on the
     * primary key: the loser gets a conflict and its transaction, events included, rolls back (on PostgreSQL a failed
     * statement aborts the transaction anyway, so it is never swallowed here).
     */
    @Override
    public boolean markAnnounced(CohortId cohortId, PeriodCode period) {
        try {
            return jdbc.update("INSERT INTO webhook_period_announced (cohort_id, period, uai, announced_at) "
                    + "SELECT c.id, ?, c.uai, ? FROM eval_cohort c WHERE c.id = ? AND NOT EXISTS "
                    + "(SELECT 1 FROM webhook_period_announced a WHERE a.cohort_id = c.id AND a.period = ?)", period.name(),
                    JdbcWebhookEndpointStore.utc(Instant.now()), cohortId.value(), period.name()) == 1;
        } catch (DuplicateKeyException e) {
            throw new ConflictException("period-already-announced", "period", "period " + period + " of cohort " + cohortId.value()
                    + " is being announced by another run", Map.of());
        }
    }
}
