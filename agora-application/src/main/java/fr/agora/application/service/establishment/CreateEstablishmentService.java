package fr.agora.application.service.establishment;

import fr.agora.application.port.in.access.IssueApiKeyUseCase.IssuedKey;
import fr.agora.application.port.in.establishment.CreateEstablishmentCommand;
import fr.agora.application.port.in.establishment.CreateEstablishmentUseCase;
import fr.agora.application.port.in.shared.Caller;
import fr.agora.application.port.out.access.ApiKeyPort;
import fr.agora.application.port.out.establishment.LoadRegisteredEstablishmentsPort;
import fr.agora.application.port.out.establishment.SaveRegisteredEstablishmentPort;
import fr.agora.application.port.out.shared.AuditPort;
import fr.agora.application.port.out.shared.TransactionPort;
import fr.agora.application.service.access.NewApiKeys;
import fr.agora.domain.establishment.EstablishmentAlreadyExistsException;
import fr.agora.domain.establishment.RegisteredEstablishment;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Registers a school and its first admin key in one transaction (platform operator). */
public final class CreateEstablishmentService implements CreateEstablishmentUseCase {

    static final String FIRST_ADMIN_SUBJECT = "school-admin";
    static final String FIRST_ADMIN_LABEL = "first admin key (platform operator)";

    private final LoadRegisteredEstablishmentsPort load;
    private final SaveRegisteredEstablishmentPort save;
    private final ApiKeyPort keys;
    private final AuditPort audit;
    private final TransactionPort tx;
    private final Clock clock;

    public CreateEstablishmentService(LoadRegisteredEstablishmentsPort load, SaveRegisteredEstablishmentPort save, ApiKeyPort keys,
                                      AuditPort audit, TransactionPort tx, Clock clock) {
        this.load = load;
        this.save = save;
        this.keys = keys;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /** To the microsecond, as the database keeps it: the answer is what a later read gives. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public CreatedEstablishment create(CreateEstablishmentCommand c) {
        OperatorOnly.require(c.principal());
        RegisteredEstablishment school = RegisteredEstablishment.register(c.uai(), c.name(), now());
        return tx.inTransaction(() -> {
            // the look-up gives the usual answer; the insert's own refusal covers two concurrent creations
            if (load.findEstablishment(c.uai()).isPresent() || !save.insertEstablishment(school)) {
                throw new EstablishmentAlreadyExistsException(c.uai());
            }
            IssuedKey admin = NewApiKeys.storeRandom(keys, clock, c.uai(), Caller.Role.SCHOOL_ADMIN, FIRST_ADMIN_SUBJECT, FIRST_ADMIN_LABEL);
            audit.audit(new AuditPort.AuditRecord(c.uai(), "establishment.created", "PLATFORM_OPERATOR", 1, clock.instant()));
            return new CreatedEstablishment(school, admin);
        });
    }
}
