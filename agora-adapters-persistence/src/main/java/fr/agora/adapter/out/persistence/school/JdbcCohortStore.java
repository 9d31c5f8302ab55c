package fr.agora.adapter.out.persistence.school;

import fr.agora.application.port.out.school.ListCohortsPort;
import fr.agora.application.port.out.school.LoadCohortPort;
import fr.agora.application.port.out.school.SaveCohortPort;
import fr.agora.domain.school.Cohort;
import fr.agora.domain.school.CohortId;
import fr.agora.domain.school.PeriodCode;
import fr.agora.domain.school.PfmpPeriod;
import fr.agora.domain.shared.Uai;
import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Cohorts and their PFMP periods ({@code eval_cohort}, {@code eval_pfmp_period}), read within one school. A list reads
 * the cohorts, then the periods of all of them in one query (no query per cohort).
 */
public class JdbcCohortStore implements LoadCohortPort, SaveCohortPort, ListCohortsPort {

    private final JdbcTemplate jdbc;

    public JdbcCohortStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void saveCohort(Cohort c) {
        int n = jdbc.update("UPDATE eval_cohort SET name = ?, referentiel_id = ?, referentiel_version = ?, exam_session_year = ?, "
                        + "row_version = row_version + 1 WHERE id = ? AND uai = ?",
                c.name(), c.referentielId(), c.referentielVersion(), c.examSessionYear(), c.id().value(), c.uai().value());
        if (n == 0) {
            jdbc.update("INSERT INTO eval_cohort (id, uai, name, referentiel_id, referentiel_version, exam_session_year) VALUES (?, ?, ?, ?, ?, ?)",
                    c.id().value(), c.uai().value(), c.name(), c.referentielId(), c.referentielVersion(), c.examSessionYear());
        }
        writePeriods(jdbc, c);
    }

    /** Replaces the cohort's periods: the one write of them, after its row was inserted or updated (at its version). */
    static void writePeriods(JdbcTemplate jdbc, Cohort c) {
        jdbc.update("DELETE FROM eval_pfmp_period WHERE cohort_id = ?", c.id().value());
        List<Object[]> rows = c.periods().stream().map(p -> new Object[] {c.id().value(), p.code().name(), Date.valueOf(p.start()),
                Date.valueOf(p.end()), p.weeks()}).toList();
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO eval_pfmp_period (cohort_id, code, start_date, end_date, weeks) VALUES (?, ?, ?, ?, ?)", rows);
        }
    }

    @Override
    public Optional<Cohort> loadCohort(Uai uai, CohortId id) {
        return cohorts("WHERE c.uai = ? AND c.id = ? ORDER BY c.id", uai.value(), id.value()).stream().findFirst();
    }

    @Override
    public List<Cohort> loadCohortsWithSessionUpTo(int year) {
        return cohorts("WHERE c.exam_session_year <= ? ORDER BY c.id", year);
    }

    /** The cohorts matching {@code where}, ordered by {@code orderBy}, then the periods of all of them in one query. */
    private List<Cohort> cohorts(String whereAndOrder, Object... args) {
        record Row(String id, String uai, String name, String ref, String version, int year) { }
        List<Row> rows = jdbc.query("SELECT c.id, c.uai, c.name, c.referentiel_id, c.referentiel_version, c.exam_session_year FROM eval_cohort c "
                + whereAndOrder, (rs, i) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6)), args);
        if (rows.isEmpty()) return List.of();
        Map<String, List<PfmpPeriod>> periods = new HashMap<>();
        String in = String.join(", ", java.util.Collections.nCopies(rows.size(), "?"));
        jdbc.query("SELECT cohort_id, code, start_date, end_date, weeks FROM eval_pfmp_period WHERE cohort_id IN (" + in + ") ORDER BY cohort_id, code",
                rs -> {
                    periods.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new PfmpPeriod(PeriodCode.valueOf(rs.getString(2)),
                            rs.getDate(3).toLocalDate(), rs.getDate(4).toLocalDate(), rs.getInt(5)));
                }, rows.stream().map(Row::id).toArray());
        List<Cohort> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            out.add(new Cohort(new CohortId(r.id()), Uai.of(r.uai()), r.name(), r.ref(), r.version(), r.year(), periods.getOrDefault(r.id(), List.of())));
        }
        return out;
    }

    @Override
    public List<Cohort> listCohorts(Uai uai, int offset, int limit) {
        return cohorts("WHERE c.uai = ? ORDER BY c.name, c.id LIMIT ? OFFSET ?", uai.value(), limit, offset);
    }

    @Override
    public long countCohorts(Uai uai) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM eval_cohort WHERE uai = ?", Long.class, uai.value());
        return n == null ? 0 : n;
    }
}
