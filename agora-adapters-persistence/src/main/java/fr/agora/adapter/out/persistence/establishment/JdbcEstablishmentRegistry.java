package fr.agora.adapter.out.persistence.establishment;

import fr.agora.application.port.out.establishment.LoadRegisteredEstablishmentsPort;
import fr.agora.application.port.out.establishment.SaveRegisteredEstablishmentPort;
import fr.agora.domain.assessment.AggregationPolicy;
import fr.agora.domain.establishment.RegisteredEstablishment;
import fr.agora.domain.shared.Uai;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * The registered schools in {@code eval_establishment} (V10, status columns V70): the same rows the school features
 * read for the default aggregation policy ({@code JdbcEstablishmentStore}), here with when each was registered and
 * whether it is disabled.
 */
public class JdbcEstablishmentRegistry implements LoadRegisteredEstablishmentsPort, SaveRegisteredEstablishmentPort {

    private static final String COLUMNS = "SELECT uai, name, created_at, disabled_at FROM eval_establishment ";
    private static final RowMapper<RegisteredEstablishment> ROW = JdbcEstablishmentRegistry::row;

    private final JdbcTemplate jdbc;

    public JdbcEstablishmentRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<RegisteredEstablishment> findEstablishment(Uai uai) {
        return jdbc.query(COLUMNS + "WHERE uai = ?", ROW, uai.value()).stream().findFirst();
    }

    @Override
    public List<RegisteredEstablishment> listEstablishments(int offset, int limit) {
        return jdbc.query(COLUMNS + "ORDER BY uai LIMIT ? OFFSET ?", ROW, limit, offset);
    }

    @Override
    public long countEstablishments() {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM eval_establishment", Long.class);
        return n == null ? 0 : n;
    }

    @Override
    public boolean insertEstablishment(RegisteredEstablishment e) {
        AggregationPolicy p = AggregationPolicy.schoolDefault();
        try {
            jdbc.update("INSERT INTO eval_establishment (uai, name, policy_kind, policy_k, policy_limit, created_at, disabled_at) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?)", e.uai().value(), e.name(), p.kind().name(), p.k(), p.limit(),
                    utc(e.createdAt()), utc(e.disabledAt()));
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            return false;
        }
    }

    @Override
    public boolean updateDisabledAt(Uai uai, Instant disabledAt) {
        return jdbc.update("UPDATE eval_establishment SET disabled_at = ? WHERE uai = ?", utc(disabledAt), uai.value()) == 1;
    }

    private static OffsetDateTime utc(Instant t) {
        return t == null ? null : OffsetDateTime.ofInstant(t, ZoneOffset.UTC);
    }

    private static RegisteredEstablishment row(ResultSet rs, int i) throws SQLException {
        OffsetDateTime disabled = rs.getObject(4, OffsetDateTime.class);
        return new RegisteredEstablishment(Uai.of(rs.getString(1)), rs.getString(2), rs.getObject(3, OffsetDateTime.class).toInstant(),
                disabled == null ? null : disabled.toInstant());
    }
}
