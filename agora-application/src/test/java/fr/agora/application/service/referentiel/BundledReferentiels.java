package fr.agora.application.service.referentiel;

import fr.agora.application.port.in.referentiel.FindReferentielUseCase;
import fr.agora.application.port.in.referentiel.ReferentielVersion;
import fr.agora.domain.referentiel.Referentiel;
import fr.agora.domain.referentiel.Referentiels;
import fr.agora.domain.referentiel.UnknownReferentielException;
import java.time.Instant;
import java.util.List;

/** A {@link FindReferentielUseCase} fake holding the bundled agora-2020 only, counting look-ups. */
final class BundledReferentiels implements FindReferentielUseCase {

    static final Referentiel AGORA_2020 = Referentiels.agora2020();
    int lookups;

    @Override
    public List<ReferentielVersion> versions() {
        return List.of(new ReferentielVersion(AGORA_2020.id(), AGORA_2020.version(), AGORA_2020.diplomaTitle(),
                AGORA_2020.checksum(), Instant.parse("2026-11-30T00:00:00Z")));
    }

    @Override
    public Referentiel referentiel(String id) {
        lookups++;
        if (!AGORA_2020.id().equals(id)) {
            throw new UnknownReferentielException(id);
        }
        return AGORA_2020;
    }
}
