package fr.agora.application.port.in.establishment;

import fr.agora.application.port.in.access.IssueApiKeyUseCase.IssuedKey;
import fr.agora.domain.establishment.RegisteredEstablishment;

/**
 * The platform operator creates a school: its UAI (format and check letter), its name, and its first SCHOOL_ADMIN
 * key, whose secret is returned once and stored only as a hash. A UAI already registered is a 409; nothing is
 * overwritten. The school is usable at once: its admin issues the other keys.
 */
public interface CreateEstablishmentUseCase {

    CreatedEstablishment create(CreateEstablishmentCommand command);

    record CreatedEstablishment(RegisteredEstablishment establishment, IssuedKey adminKey) {
    }
}
