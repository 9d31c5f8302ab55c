package fr.agora.domain.referentiel;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReferentielTest {

    private final Referentiel r = Referentiels.agora2020();

    @Test
    void countsWhatWasTranscribed() {
        assertThat(r.blocs()).hasSize(3);
        assertThat(r.activities()).hasSize(9);
        assertThat(r.competencies()).hasSize(37);
        assertThat(r.crcnCompetencies()).hasSize(16);
        assertThat(r.situation("2.3.1.4").competencyCodes()).containsExactly("2.3.1");
        assertThat(r.discrepancies()).isNotEmpty();
    }

    @Test
    void everyCompetencyHasAMatriceCriterionAndASituation() {
        assertThat(r.competencies()).allSatisfy(c -> {
            assertThat(c.criteriaFrom(CriterionSource.MATRICE)).isNotEmpty();
            assertThat(c.situationCodes()).isNotEmpty();
        });
        assertThat(r.requireCompetency("2.1.4").criteriaFrom(CriterionSource.PFMP_GRID)).isEmpty();
    }

    @Test
    void professionalUnitsCertifyTheirBloc() {
        assertThat(r.examUnit("U2").coefficient()).isEqualByComparingTo(new BigDecimal("4"));
        assertThat(r.examUnit("U2").certifiedBloc()).isEqualTo(2);
        assertThat(r.examUnit("U31").coefficient()).isEqualByComparingTo(new BigDecimal("4"));
        assertThat(r.examUnit("U31").certifiedBloc()).isEqualTo(1);
        assertThat(r.examUnit("U32").coefficient()).isEqualByComparingTo(new BigDecimal("3"));
        assertThat(r.examUnit("U32").certifiedBloc()).isEqualTo(3);
    }

    @Test
    void spotChecksAgainstTheSeeds() {
        assertThat(r.criteriaById().get("1.1.2-M1").text()).isEqualTo("Pertinence de la réponse apportée à la demande");
        assertThat(r.situation("1.1.1").aleas()).extracting(Variation::text).contains("Visiteur égaré");
        assertThat(r.activities()).allSatisfy(a -> assertThat(a.crcnCodes()).allSatisfy(r::crcn));
    }

    @Test
    void unknownCodesFailWithTypedErrors() {
        assertThat(r.competency("9.9.9")).isEmpty();
        assertThatThrownBy(() -> r.requireCompetency("9.9.9")).isInstanceOf(UnknownCompetencyException.class);
        assertThatThrownBy(() -> r.examUnit("U99")).isInstanceOf(UnknownExamUnitException.class);
    }

    @Test
    void checksumIsStable() {
        assertThat(r.checksum()).hasSize(64).isEqualTo(Referentiels.agora2020().checksum());
    }
}
