package fr.agora.adapter.in.rest.referentiel;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.adapter.in.rest.support.ApiTestSupport;
import fr.agora.application.port.in.referentiel.FindReferentielUseCase;
import fr.agora.domain.referentiel.Referentiels;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The server starts with the bundled référentiel already stored, before any request. */
class ReferentielPublishedAtStartupTest extends ApiTestSupport {

    @Autowired
    FindReferentielUseCase referentiels;

    @Test
    void the_bundled_version_is_published_when_the_server_is_up() {
        assertThat(referentiels.versions()).singleElement().satisfies(v -> {
            assertThat(v.id()).isEqualTo("agora-2020");
            assertThat(v.checksum()).isEqualTo(Referentiels.agora2020().checksum());
        });
        assertThat(referentiels.referentiel("agora-2020").competencies()).hasSize(37);
    }
}
