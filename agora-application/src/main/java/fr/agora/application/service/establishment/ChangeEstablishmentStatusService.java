package fr.agora.application.service.establishment;

import fr.agora.application.port.in.establishment.ChangeEstablishmentStatusCommand;
import fr.agora.application.port.in.establishment.ChangeEstablishmentStatusUseCase;
import fr.agora.application.port.out.establishment.LoadRegisteredEstablishmentsPort;
import fr.agora.application.port.out.establishment.SaveRegisteredEstablishmentPort;
import fr.agora.application.port.out.shared.AuditPort;
import fr.agora.application.port.out.shared.TransactionPort;
import fr.agora.domain.establishment.RegisteredEstablishment;
import fr.agora.domain.shared.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Disables or enables a school (platform operator); idempotent, the first disabling date is kept. */
public final class ChangeEstablishmentStatusService implements ChangeEstablishmentStatusUseCase {

    private final LoadRegisteredEstablishmentsPort load;
    private final SaveRegisteredEstablishmentPort save;
    private final AuditPort audit;
    private final TransactionPort tx;
    private final Clock clock;

    public ChangeEstablishmentStatusService(LoadRegisteredEstablishmentsPort load, SaveRegisteredEstablishmentPort save, AuditPort audit,
                                            TransactionPort tx, Clock clock) {
        this.load = load;
        this.save = save;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /** To the microsecond, as the database keeps it: the answer is what a later read gives. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public RegisteredEstablishment change(ChangeEstablishmentStatusCommand c) {
        OperatorOnly.require(c.principal());
        return tx.inTransaction(() -> {
            RegisteredEstablishment current = load.findEstablishment(c.uai())
                    .orElseThrow(() -> new NotFoundException("establishment-not-found", "Establishment", c.uai().value()));
            RegisteredEstablishment next = c.enabled() ? current.enable() : current.disable(now());
            if (!next.equals(current)) {
                save.updateDisabledAt(c.uai(), next.disabledAt());
                audit.audit(new AuditPort.AuditRecord(c.uai(), c.enabled() ? "establishment.enabled" : "establishment.disabled",
                        "PLATFORM_OPERATOR", 1, clock.instant()));
            }
            return next;
        });
    }
}
