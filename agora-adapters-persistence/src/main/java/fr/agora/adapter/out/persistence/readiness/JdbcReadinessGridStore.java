package fr.agora.adapter.out.persistence.readiness;

import fr.agora.application.port.out.readiness.LoadReadinessGridPort;
import fr.agora.application.port.out.readiness.SaveReadinessGridPort;
import fr.agora.domain.readiness.ReadinessGrid;
import fr.agora.domain.shared.ConflictException;
import fr.agora.domain.shared.Uai;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A school's CCF grids per unit ({@code eval_readiness_grid}, {@code eval_readiness_grid_term}), append-only versions.
 */
public class JdbcReadinessGridStore implements LoadReadinessGridPort, SaveReadinessGridPort {

    private final JdbcTemplate jdbc;

    public JdbcReadinessGridStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void saveGrid(Uai uai, ReadinessGrid g) {
        try {
            jdbc.update("INSERT INTO eval_readiness_grid (uai, unit_code, version, grid_id, rounding_step, rounding_mode) VALUES (?, ?, ?, ?, ?, ?)",
                    uai.value(), g.unitCode(), g.version(), g.id(), g.roundingStep(), g.roundingMode().name());
        } catch (DuplicateKeyException e) {
            throw new ConflictException("stale-grid-version", "version", "grid " + g.unitCode() + " v" + g.version() + " already exists", Map.of());
        }
        List<Object[]> rows = new ArrayList<>();
        int i = 0;
        for (var w : g.weights().entrySet()) rows.add(new Object[] {uai.value(), g.unitCode(), g.version(), "WEIGHT", i++, w.getKey(), w.getValue()});
        i = 0;
        for (var p : g.pointsPerLevel().entrySet()) rows.add(new Object[] {uai.value(), g.unitCode(), g.version(), "POINTS", i++, p.getKey(), p.getValue()});
        jdbc.batchUpdate("INSERT INTO eval_readiness_grid_term (uai, unit_code, version, term_kind, position, term_key, amount) VALUES (?, ?, ?, ?, ?, ?, ?)", rows);
    }

    @Override
    public Optional<ReadinessGrid> loadCurrentGrid(Uai uai, String unitCode) {
        record Head(int version, String id, BigDecimal step, String mode) { }
        List<Head> heads = jdbc.query("SELECT version, grid_id, rounding_step, rounding_mode FROM eval_readiness_grid WHERE uai = ? AND unit_code = ? "
                + "ORDER BY version DESC", (rs, i) -> new Head(rs.getInt(1), rs.getString(2), rs.getBigDecimal(3), rs.getString(4)), uai.value(), unitCode);
        if (heads.isEmpty()) return Optional.empty();
        Head h = heads.get(0);
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        jdbc.query("SELECT term_kind, term_key, amount FROM eval_readiness_grid_term WHERE uai = ? AND unit_code = ? AND version = ? ORDER BY term_kind, position",
                rs -> {
                    (rs.getString(1).equals("WEIGHT") ? weights : points).put(rs.getString(2), rs.getBigDecimal(3).stripTrailingZeros());
                }, uai.value(), unitCode, h.version());
        return Optional.of(new ReadinessGrid(h.id(), h.version(), unitCode, weights, points, h.step().stripTrailingZeros(), RoundingMode.valueOf(h.mode())));
    }
}
