package fr.agora.adapter.out.persistence.grid;

import fr.agora.application.port.out.grid.LoadGridLayoutPort;
import fr.agora.domain.grid.GridLayout;
import fr.agora.domain.referentiel.Referentiels;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@link LoadGridLayoutPort} over the published référentiel versions ({@code referentiel_version}): the domain lays
 * the stored content out as seed 003. A published version never changes, so each layout is built once.
 */
public class JdbcGridLayoutStore implements LoadGridLayoutPort {

    private final JdbcTemplate jdbc;
    private final Map<String, GridLayout> cache = new ConcurrentHashMap<>();

    public JdbcGridLayoutStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<GridLayout> loadGridLayout(String referentielId, String version) {
        String key = referentielId + "\u0000" + version;
        GridLayout cached = cache.get(key);
        if (cached != null) return Optional.of(cached);
        Optional<String> content = jdbc.query("SELECT content FROM referentiel_version WHERE id = ? AND version = ?",
                (rs, i) -> rs.getString(1), referentielId, version).stream().findFirst();
        return content.map(c -> cache.computeIfAbsent(key, k -> GridLayout.of(Referentiels.parse(c))));
    }
}
