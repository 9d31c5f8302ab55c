package fr.agora.application.port.out.establishment;

import fr.agora.domain.establishment.RegisteredEstablishment;
import fr.agora.domain.shared.Uai;
import java.time.Instant;

/** Registers schools and records their status. */
public interface SaveRegisteredEstablishmentPort {

    /** Inserts a new school (with the default aggregation policy); false when the UAI is already registered. */
    boolean insertEstablishment(RegisteredEstablishment establishment);

    /** Sets or clears ({@code null}) the disabling date; false when there is no such school. */
    boolean updateDisabledAt(Uai uai, Instant disabledAt);
}
