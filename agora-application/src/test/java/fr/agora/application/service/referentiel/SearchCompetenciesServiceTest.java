package fr.agora.application.service.referentiel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.application.port.in.referentiel.SearchCompetenciesUseCase.Query;
import fr.agora.domain.referentiel.Competency;
import fr.agora.domain.referentiel.UnknownReferentielException;
import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.TextFolding;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchCompetenciesServiceTest {

    private final SearchCompetenciesService service = new SearchCompetenciesService(new BundledReferentiels());

    private List<String> codes(Integer bloc, String activity, String crcn, String q) {
        return service.search(new Query("agora-2020", bloc, activity, crcn, q)).competencies().stream()
                .map(Competency::code).toList();
    }

    @Test
    void without_filter_every_competency_in_referentiel_order() {
        var r = service.search(Query.all("agora-2020"));
        assertThat(r.competencies()).hasSize(37);
        assertThat(r.competencies().get(0).code()).isEqualTo("1.1.1");
        assertThat(r.checksum()).isEqualTo(BundledReferentiels.AGORA_2020.checksum());
    }

    @Test
    void bloc_and_activity_filters() {
        long bloc2 = BundledReferentiels.AGORA_2020.bloc(2).activities().stream()
                .mapToLong(a -> a.competencies().size()).sum();
        assertThat(codes(2, null, null, null)).hasSize((int) bloc2).allMatch(c -> c.startsWith("2."));
        assertThat(codes(null, "3.3", null, null)).containsExactly("3.3.1", "3.3.2", "3.3.3", "3.3.4");
        assertThat(codes(3, "3.3", null, null)).hasSize(4);
        assertThat(codes(2, "3.3", null, null)).isEmpty();
    }

    @Test
    void crcn_filter_uses_the_activity_crcn_codes() {
        // 000 gives CRCN 4.3 to activities 3.1 and 3.2 only; 5.2 to every activity
        List<String> found = codes(null, null, "4.3", null);
        var r = BundledReferentiels.AGORA_2020;
        List<String> expected = new java.util.ArrayList<>();
        r.activity("3.1").competencies().forEach(c -> expected.add(c.code()));
        r.activity("3.2").competencies().forEach(c -> expected.add(c.code()));
        assertThat(found).isEqualTo(expected).hasSize(8);
        assertThat(codes(null, null, "5.2", null)).hasSize(37);
        assertThat(codes(1, null, "4.3", null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"tresorerie", "TRÉSORERIE", "Trésorerie", "  tresorerie  "})
    void full_text_is_accent_and_case_insensitive(String q) {
        List<String> found = codes(null, null, null, q);
        assertThat(found).isNotEmpty();
        assertThat(found).isEqualTo(codes(null, null, null, "trésorerie"));
        var r = BundledReferentiels.AGORA_2020;
        assertThat(found).allSatisfy(code -> assertThat(
                TextFolding.fold(SearchCompetenciesService.Index.searchableText(r.requireCompetency(code))))
                .contains("tresorerie"));
    }

    @Test
    void every_word_of_q_must_appear_and_filters_combine() {
        List<String> tva = codes(null, null, null, "déclaration TVA");
        assertThat(tva).contains("2.2.4");
        assertThat(codes(null, null, null, "declaration tva zzzz")).isEmpty();
        List<String> all = codes(null, null, null, "tresorerie");
        List<String> bloc2 = codes(2, null, null, "tresorerie");
        assertThat(bloc2).isNotEmpty().allMatch(c -> c.startsWith("2.")).isSubsetOf(all);
        assertThat(bloc2).isEqualTo(all.stream().filter(c -> c.startsWith("2.")).toList());
    }

    @Test
    void q_searches_criteria_savoirs_and_examples_not_only_labels() {
        var r = BundledReferentiels.AGORA_2020;
        Competency c = r.requireCompetency("2.2.4");
        String savoir = c.savoirs().get(0).label();
        assertThat(codes(null, null, null, savoir)).contains("2.2.4");
        String criterion = c.criteria().get(0).text();
        assertThat(codes(null, null, null, criterion)).contains("2.2.4");
    }

    @ParameterizedTest
    @CsvSource({"9,,,bloc", "0,,,bloc", ",9.9,,activity", ",x,,activity", ",,xx,crcn", ",,9.9,crcn"})
    void a_filter_that_is_malformed_or_names_nothing_is_invalid_input_naming_it(Integer bloc, String activity,
                                                                               String crcn, String field) {
        assertThatThrownBy(() -> codes(bloc, activity, crcn, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void q_too_long_is_invalid_and_an_unknown_version_is_not_found() {
        assertThatThrownBy(() -> codes(null, null, null, "x".repeat(201)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("q"));
        assertThatThrownBy(() -> service.search(Query.all("agora-1999")))
                .isInstanceOf(UnknownReferentielException.class);
    }

    @Test
    void a_version_is_indexed_once_whatever_the_number_of_searches() {
        assertThat(service.indexedVersions()).isZero();
        codes(null, null, null, "tresorerie");
        codes(2, null, null, "TVA");
        codes(null, "3.3", null, null);
        assertThat(service.indexedVersions()).isEqualTo(1);
    }

    @Test
    void the_canonical_form_ignores_accents_case_and_blank_filters() {
        assertThat(new Query("agora-2020", 2, " ", "", "Trésorerie  Gestion").canonical())
                .isEqualTo(new Query("agora-2020", 2, null, null, "tresorerie gestion").canonical())
                .isEqualTo("bloc=2&activity=&crcn=&q=tresorerie gestion");
        assertThat(new Query("agora-2020", 1, null, null, null).canonical())
                .isNotEqualTo(new Query("agora-2020", 2, null, null, null).canonical());
    }
}
