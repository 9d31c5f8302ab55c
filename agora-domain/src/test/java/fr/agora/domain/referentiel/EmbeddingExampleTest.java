package fr.agora.domain.referentiel;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The lines a Java developer writes to use the référentiel from the jar (copied into docs/referentiel.md). */
class EmbeddingExampleTest {

    @Test
    void getTheReferentielFromTheJar() {
        Referentiel referentiel = Referentiels.agora2020();
        Competency accueil = referentiel.requireCompetency("1.1.1");
        ExamUnit u31 = referentiel.examUnit("U31");

        assertThat(accueil.label()).isEqualTo("Identifier les caractéristiques de la demande");
        assertThat(u31.certifiedBloc()).isEqualTo(1);
    }
}
