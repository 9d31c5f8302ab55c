package fr.agora.adapter.out.persistence.assessment;

import fr.agora.application.port.out.assessment.LoadScalePort;
import fr.agora.application.port.out.assessment.SaveScalePort;
import fr.agora.domain.assessment.EvaluationScale;
import fr.agora.domain.assessment.ScaleHistory;
import fr.agora.domain.assessment.ScaleLevel;
import fr.agora.domain.shared.ConflictException;
import fr.agora.domain.shared.Uai;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A school's evaluation scale versions ({@code eval_scale}, {@code eval_scale_level}), append-only.
 */
public class JdbcScaleStore implements LoadScalePort, SaveScalePort {

    private final JdbcTemplate jdbc;

    public JdbcScaleStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ScaleHistory> loadScales(Uai uai) {
        record Head(int version, String id, BigDecimal threshold) { }
        List<Head> heads = jdbc.query("SELECT version, scale_id, threshold FROM eval_scale WHERE uai = ? ORDER BY version",
                (rs, i) -> new Head(rs.getInt(1), rs.getString(2), rs.getBigDecimal(3)), uai.value());
        if (heads.isEmpty()) return Optional.empty();
        Map<Integer, List<ScaleLevel>> levels = new HashMap<>();
        jdbc.query("SELECT version, code, label, level_value, counts FROM eval_scale_level WHERE uai = ? ORDER BY version, position", rs -> {
            levels.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>()).add(new ScaleLevel(rs.getString(2), rs.getString(3), rs.getBigDecimal(4), rs.getBoolean(5)));
        }, uai.value());
        return Optional.of(new ScaleHistory(heads.stream().map(h -> new EvaluationScale(h.id(), h.version(), levels.get(h.version()), h.threshold())).toList()));
    }

    @Override
    public void appendScaleVersion(Uai uai, EvaluationScale scale) {
        Integer last = jdbc.queryForObject("SELECT COALESCE(MAX(version), 0) FROM eval_scale WHERE uai = ?", Integer.class, uai.value());
        if (last == null || !ScaleHistory.follows(last, scale)) {
            throw new ConflictException("stale-scale-version", "expectedVersion", "scale version " + scale.version() + " cannot follow " + last, Map.of());
        }
        try {
            jdbc.update("INSERT INTO eval_scale (uai, version, scale_id, threshold) VALUES (?, ?, ?, ?)", uai.value(), scale.version(), scale.id(), scale.threshold());
        } catch (DuplicateKeyException e) {
            throw new ConflictException("stale-scale-version", "expectedVersion", "scale version " + scale.version() + " already exists", Map.of());
        }
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < scale.levels().size(); i++) {
            ScaleLevel l = scale.levels().get(i);
            rows.add(new Object[] {uai.value(), scale.version(), i, l.code(), l.label(), l.value(), l.counts()});
        }
        jdbc.batchUpdate("INSERT INTO eval_scale_level (uai, version, position, code, label, level_value, counts) VALUES (?, ?, ?, ?, ?, ?, ?)", rows);
    }
}
