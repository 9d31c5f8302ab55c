package fr.agora.adapter.out.persistence.assessment;

import fr.agora.application.port.out.assessment.LoadEstablishmentPort;
import fr.agora.application.port.out.assessment.SaveEstablishmentPort;
import fr.agora.domain.assessment.AggregationPolicy;
import fr.agora.domain.assessment.Establishment;
import fr.agora.domain.shared.Uai;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Schools ({@code eval_establishment}) with their default aggregation policy.
 */
public class JdbcEstablishmentStore implements LoadEstablishmentPort, SaveEstablishmentPort {

    private final JdbcTemplate jdbc;

    public JdbcEstablishmentStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void saveEstablishment(Establishment e) {
        AggregationPolicy p = e.defaultPolicy();
        int n = jdbc.update("UPDATE eval_establishment SET name = ?, policy_kind = ?, policy_k = ?, policy_limit = ?, row_version = row_version + 1 WHERE uai = ?",
                e.name(), p.kind().name(), p.k(), p.limit(), e.uai().value());
        if (n == 0) {
            jdbc.update("INSERT INTO eval_establishment (uai, name, policy_kind, policy_k, policy_limit) VALUES (?, ?, ?, ?, ?)",
                    e.uai().value(), e.name(), p.kind().name(), p.k(), p.limit());
        }
    }

    @Override
    public Optional<Establishment> loadEstablishment(Uai uai) {
        return jdbc.query("SELECT uai, name, policy_kind, policy_k, policy_limit FROM eval_establishment WHERE uai = ?",
                (rs, i) -> new Establishment(Uai.of(rs.getString(1)), rs.getString(2), new AggregationPolicy(
                        AggregationPolicy.Kind.valueOf(rs.getString(3)), rs.getInt(4), (Integer) rs.getObject(5, Integer.class))),
                uai.value()).stream().findFirst();
    }
}
