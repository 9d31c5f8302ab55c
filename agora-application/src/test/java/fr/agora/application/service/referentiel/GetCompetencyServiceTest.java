package fr.agora.application.service.referentiel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.application.port.in.referentiel.CompetencyDetail;
import fr.agora.application.port.in.referentiel.GetCompetencyUseCase.Query;
import fr.agora.application.port.in.referentiel.ListExamUnitsUseCase.ExamRegulation;
import fr.agora.domain.referentiel.CriterionSource;
import fr.agora.domain.referentiel.Discrepancy;
import fr.agora.domain.referentiel.ExamUnit;
import fr.agora.domain.referentiel.Situation;
import fr.agora.domain.referentiel.UnknownCompetencyException;
import fr.agora.domain.referentiel.UnknownReferentielException;
import fr.agora.domain.shared.InvalidInputException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class GetCompetencyServiceTest {

    private final BundledReferentiels referentiels = new BundledReferentiels();
    private final GetCompetencyService service = new GetCompetencyService(referentiels);

    @Test
    void a_competency_with_everything_attached() {
        CompetencyDetail d = service.get(new Query("agora-2020", "2.2.4"));

        assertThat(d.competency().label()).contains("déclaration de TVA");
        assertThat(d.bloc().number()).isEqualTo(2);
        assertThat(d.activity().code()).isEqualTo("2.2");
        assertThat(d.competency().criteriaFrom(CriterionSource.MATRICE)).isNotEmpty();
        assertThat(d.competency().criteriaFrom(CriterionSource.PFMP_GRID)).isNotEmpty();
        assertThat(d.situations()).extracting(Situation::code).contains("2.2.4");
        assertThat(d.crcn()).extracting(c -> c.code()).containsExactlyElementsOf(d.activity().crcnCodes());
        assertThat(d.examUnits()).extracting(ExamUnit::unitCode).containsExactly("U2");
        assertThat(d.checksum()).isEqualTo(BundledReferentiels.AGORA_2020.checksum());
    }

    @Test
    void discrepancies_about_the_competency_its_activity_and_situations() {
        CompetencyDetail d = service.get(new Query("agora-2020", "1.1.3"));
        assertThat(d.discrepancies()).extracting(Discrepancy::id)
                .contains("1.1.3-label", "1.1.3-criteria", "1.1.3-label-002", "1.1-title-001")
                .doesNotContain("1.1.1-criteria");
    }

    @Test
    void details_are_built_once_per_version() {
        CompetencyDetail first = service.get(new Query("agora-2020", "2.2.4"));
        assertThat(service.get(new Query("agora-2020", "2.2.4"))).isSameAs(first);
    }

    @Test
    void unknown_code_is_not_found_and_carries_the_code() {
        assertThatThrownBy(() -> service.get(new Query("agora-2020", "9.9.9")))
                .isInstanceOfSatisfying(UnknownCompetencyException.class, e -> {
                    assertThat(e.problemType()).isEqualTo("unknown-competency");
                    assertThat(e.details()).containsEntry("id", "9.9.9");
                });
        assertThatThrownBy(() -> service.get(new Query("agora-1999", "2.2.4")))
                .isInstanceOf(UnknownReferentielException.class);
    }

    @Test
    void malformed_code_is_invalid_input_naming_code() {
        assertThatThrownBy(() -> new Query("agora-2020", "2.2"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("code"));
    }

    @Test
    void exam_units_as_the_data_gives_them() {
        ExamRegulation reg = new ListExamUnitsService(referentiels).examUnits("agora-2020");
        assertThat(reg.units()).extracting(ExamUnit::unitCode).contains("U2", "U31", "U32");
        ExamUnit u2 = reg.units().stream().filter(u -> u.unitCode().equals("U2")).findFirst().orElseThrow();
        assertThat(u2.coefficient()).isEqualByComparingTo(new BigDecimal("4"));
        assertThat(u2.certifiedBloc()).isEqualTo(2);
        assertThat(reg.epreuves()).isNotEmpty();
    }

    @Test
    void versions_list_the_diploma_identity() {
        var list = new ListReferentielsService(referentiels).list();
        assertThat(list).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo("agora-2020");
            assertThat(s.cfd()).matches("\\d{8}");
            assertThat(s.arreteDate()).isNotNull();
            assertThat(s.competencies()).isEqualTo(37);
            assertThat(s.blocs()).isEqualTo(3);
            assertThat(s.activities()).isEqualTo(9);
        });
    }
}
