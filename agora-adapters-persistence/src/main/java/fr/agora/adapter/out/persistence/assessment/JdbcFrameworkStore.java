package fr.agora.adapter.out.persistence.assessment;

import fr.agora.application.port.out.assessment.LoadFrameworkPort;
import fr.agora.domain.assessment.CompetencyFramework;
import fr.agora.domain.referentiel.Referentiels;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@link LoadFrameworkPort} over the published référentiel versions ({@code referentiel_version}): the stored content
 * is parsed and turned into a {@link CompetencyFramework} by the domain. A published version never changes (its
 * checksum is its identity), so each framework is built once.
 */
public class JdbcFrameworkStore implements LoadFrameworkPort {

    private final JdbcTemplate jdbc;
    private final Map<String, CompetencyFramework> cache = new ConcurrentHashMap<>();

    public JdbcFrameworkStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<CompetencyFramework> loadFramework(String referentielId, String version) {
        String key = referentielId + "\u0000" + version;
        CompetencyFramework cached = cache.get(key);
        if (cached != null) return Optional.of(cached);
        Optional<String> content = jdbc.query("SELECT content FROM referentiel_version WHERE id = ? AND version = ?",
                (rs, i) -> rs.getString(1), referentielId, version).stream().findFirst();
        return content.map(c -> cache.computeIfAbsent(key, k -> CompetencyFramework.of(Referentiels.parse(c))));
    }
}
