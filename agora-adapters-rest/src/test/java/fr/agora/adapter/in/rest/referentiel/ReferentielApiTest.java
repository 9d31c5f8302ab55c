package fr.agora.adapter.in.rest.referentiel;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.adapter.in.rest.support.ApiTestSupport;
import fr.agora.domain.referentiel.Referentiels;
import fr.agora.domain.shared.TextFolding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** GET /api/v1/referentiels/… over real HTTP, against the version published at start-up. */
class ReferentielApiTest extends ApiTestSupport {

    private static final String BASE = "/api/v1/referentiels/agora-2020";
    private static final String CHECKSUM = Referentiels.agora2020().checksum();

    private JsonNode ok(String path) {
        var r = get(path);
        assertThat(r.status()).as(path + " → " + r.body()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/json");
        return r.tree();
    }

    /** Every code found, in one page of the largest size (the référentiel has 37). */
    private List<String> codes(String path) {
        JsonNode body = ok(path + (path.contains("?") ? "&" : "?") + "size=200");
        List<String> codes = new ArrayList<>();
        body.get("items").forEach(c -> codes.add(c.get("code").asString()));
        assertThat(body.get("total").asInt()).isEqualTo(codes.size());
        return codes;
    }

    @Test
    void lists_the_published_versions_with_the_diploma_identity() {
        JsonNode list = ok("/api/v1/referentiels").get("items");
        assertThat(list).hasSize(1);
        JsonNode v = list.get(0);
        assertThat(v.get("id").asString()).isEqualTo("agora-2020");
        assertThat(v.get("checksum").asString()).isEqualTo(CHECKSUM);
        assertThat(v.get("cfd").asString()).matches("\\d{8}");
        assertThat(v.get("arreteDate").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(v.get("title").asString()).isNotBlank();
        assertThat(v.get("competencies").asInt()).isEqualTo(37);
    }

    @Test
    void the_tree_has_3_blocs_9_activities_37_competencies_every_item_sourced() {
        JsonNode r = ok(BASE);
        assertThat(r.get("checksum").asString()).isEqualTo(CHECKSUM);
        JsonNode blocs = r.get("blocs");
        assertThat(blocs).hasSize(3);
        int activities = 0;
        int competencies = 0;
        for (JsonNode b : blocs) {
            assertThat(b.get("source").get("file").asString()).isNotBlank();
            for (JsonNode a : b.get("activities")) {
                activities++;
                assertThat(a.get("situations")).isNotEmpty();
                for (JsonNode c : a.get("competencies")) {
                    competencies++;
                    assertThat(c.get("source").get("section").asString()).isNotBlank();
                    c.get("criteria").get("MATRICE").forEach(k ->
                            assertThat(k.get("source").get("file").asString()).isNotBlank());
                }
            }
        }
        assertThat(activities).isEqualTo(9);
        assertThat(competencies).isEqualTo(37);
        assertThat(r.get("crcnCompetencies")).hasSize(16);
        assertThat(r.get("discrepancies")).isNotEmpty();
        assertThat(r.get("discrepancies").get(0).get("versions").get(0).get("source").get("file").asString())
                .isNotBlank();
    }

    @Test
    void competencies_filtered_by_bloc_activity_crcn() {
        assertThat(codes(BASE + "/competencies")).hasSize(37);
        List<String> bloc2 = codes(BASE + "/competencies?bloc=2");
        assertThat(bloc2).hasSize((int) Referentiels.agora2020().bloc(2).activities().stream()
                .mapToLong(a -> a.competencies().size()).sum()).allMatch(c -> c.startsWith("2."));
        assertThat(codes(BASE + "/competencies?activity=3.3")).containsExactly("3.3.1", "3.3.2", "3.3.3", "3.3.4");
        // 000 gives CRCN 4.3 to activities 3.1 (3 competencies) and 3.2 (5) only
        assertThat(codes(BASE + "/competencies?crcn=4.3")).hasSize(8).allMatch(c -> c.matches("3\\.[12]\\..*"));
        assertThat(codes(BASE + "/competencies?crcn=4.3&activity=3.2")).hasSize(5);
        assertThat(codes(BASE + "/competencies?crcn=4.3&bloc=1")).isEmpty();
    }

    @Test
    void q_is_accent_and_case_insensitive_and_every_result_contains_the_word() {
        JsonNode body = ok(BASE + "/competencies?q=tresorerie");
        assertThat(body.get("items")).isNotEmpty();
        for (JsonNode c : body.get("items")) {
            assertThat(TextFolding.fold(c.toString())).as(c.get("code").asString()).contains("tresorerie");
            assertThat(c.toString()).containsIgnoringCase("trésorerie");
        }
        assertThat(codes(BASE + "/competencies?q=TR%C3%89SORERIE")).isEqualTo(codes(BASE + "/competencies?q=tresorerie"));
    }

    @Test
    void q_combines_with_bloc() {
        List<String> all = codes(BASE + "/competencies?q=tresorerie");
        List<String> bloc2 = codes(BASE + "/competencies?q=tresorerie&bloc=2");
        assertThat(bloc2).isNotEmpty().isEqualTo(all.stream().filter(c -> c.startsWith("2.")).toList());
        assertThat(ok(BASE + "/competencies?q=tresorerie&bloc=2").get("items")).allMatch(c -> c.get("blocNumber").asInt() == 2);
    }

    @Test
    void one_competency_with_criteria_from_both_sources_and_everything_attached() {
        JsonNode c = ok(BASE + "/competencies/2.2.4");
        assertThat(c.get("code").asString()).isEqualTo("2.2.4");
        assertThat(c.get("label").asString()).contains("déclaration de TVA");
        assertThat(c.get("bloc").get("number").asInt()).isEqualTo(2);
        assertThat(c.get("activity").get("code").asString()).isEqualTo("2.2");
        JsonNode matrice = c.get("criteria").get("MATRICE");
        JsonNode grid = c.get("criteria").get("PFMP_GRID");
        assertThat(matrice).isNotEmpty();
        assertThat(grid).isNotEmpty();
        assertThat(matrice.get(0).get("id").asString()).isEqualTo("2.2.4-M1");
        assertThat(matrice.get(0).get("source").get("file").asString()).startsWith("000_");
        assertThat(grid.get(0).get("id").asString()).isEqualTo("2.2.4-G1");
        assertThat(grid.get(0).get("source").get("file").asString()).startsWith("003_");
        assertThat(c.get("situations")).isNotEmpty();
        assertThat(c.get("savoirs")).isNotEmpty();
        assertThat(c.get("crcn")).isNotEmpty();
        assertThat(c.get("examUnits").get(0).get("unitCode").asString()).isEqualTo("U2");
        assertThat(c.get("source").get("file").asString()).isNotBlank();
    }

    @Test
    void a_competency_carries_its_discrepancies_with_their_sources() {
        JsonNode d = ok(BASE + "/competencies/1.1.3").get("discrepancies");
        List<String> ids = new ArrayList<>();
        d.forEach(x -> ids.add(x.get("id").asString()));
        assertThat(ids).contains("1.1.3-label", "1.1.3-criteria");
        assertThat(d.get(0).get("versions").get(1).get("source").get("file").asString()).isNotBlank();
    }

    @Test
    void exam_units_with_coefficients_modes_and_certified_bloc_as_in_the_data() {
        JsonNode body = ok(BASE + "/exam-units");
        assertThat(body.get("total").asInt()).isEqualTo(body.get("items").size());
        var ref = Referentiels.agora2020();
        for (String code : List.of("U2", "U31", "U32")) {
            JsonNode u = null;
            for (JsonNode x : body.get("items")) {
                if (x.get("unitCode").asString().equals(code)) {
                    u = x;
                }
            }
            assertThat(u).as(code).isNotNull();
            assertThat(u.get("coefficient").decimalValue()).as(code)
                    .isEqualByComparingTo(ref.examUnit(code).coefficient());
            assertThat(u.get("certifiedBloc").asInt()).isEqualTo(ref.examUnit(code).certifiedBloc());
            assertThat(u.get("modes")).hasSize(ref.examUnit(code).modes().size());
            assertThat(u.get("source").get("file").asString()).isNotBlank();
        }
        assertThat(body.get("items").get(0).has("certifiedBloc")).as("U11 is a general unit").isFalse();
        assertThat(ref.examUnit("U2").coefficient()).isEqualByComparingTo(new BigDecimal("4"));
        JsonNode epreuves = ok(BASE + "/epreuves");
        assertThat(epreuves.get("items")).isNotEmpty();
        assertThat(epreuves.get("items").get(0).get("unitCodes")).isNotEmpty();
    }

    @Test
    void strong_etag_from_the_checksum_cache_control_and_304() {
        var r = get(BASE + "/competencies/2.2.4");
        assertThat(r.header("ETag")).isEqualTo("\"" + CHECKSUM + "\"");
        assertThat(r.header("Cache-Control")).contains("public").contains("max-age=3600");

        var again = get(BASE + "/competencies/2.2.4", "If-None-Match", r.header("ETag"));
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.header("ETag")).isEqualTo(r.header("ETag"));
        assertThat(again.header("Cache-Control")).contains("max-age=3600");

        assertThat(get(BASE + "/competencies/2.2.4", "If-None-Match", "\"other\"").status()).isEqualTo(200);
        assertThat(get(BASE, "If-None-Match", r.header("ETag")).status()).isEqualTo(304);
        String units = get(BASE + "/exam-units").header("ETag");
        assertThat(units).startsWith("\"" + CHECKSUM + "-").isNotEqualTo(get(BASE + "/exam-units?page=1").header("ETag"));
        assertThat(get(BASE + "/exam-units", "If-None-Match", units).status()).isEqualTo(304);
    }

    @Test
    void filtered_lists_are_tagged_by_their_filters_too() {
        String all = get(BASE + "/competencies").header("ETag");
        String bloc2 = get(BASE + "/competencies?bloc=2").header("ETag");
        String q = get(BASE + "/competencies?q=tresorerie").header("ETag");
        assertThat(List.of(all, bloc2, q)).doesNotHaveDuplicates().allMatch(t -> t.startsWith("\"" + CHECKSUM + "-"));
        assertThat(get(BASE + "/competencies?q=Tr%C3%A9sorerie").header("ETag")).as("same selection, same tag")
                .isEqualTo(q);
        assertThat(get(BASE + "/competencies?bloc=2", "If-None-Match", bloc2).status()).isEqualTo(304);
        assertThat(get(BASE + "/competencies?bloc=3", "If-None-Match", bloc2).status()).isEqualTo(200);
        var versions = get("/api/v1/referentiels");
        assertThat(versions.header("Cache-Control")).contains("public").contains("max-age=60");
        assertThat(get("/api/v1/referentiels", "If-None-Match", versions.header("ETag")).status()).isEqualTo(304);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "/api/v1/referentiels/agora-1999, unknown-referentiel",
            "/api/v1/referentiels/agora-1999/competencies, unknown-referentiel",
            "/api/v1/referentiels/agora-1999/competencies/2.2.4, unknown-referentiel",
            "/api/v1/referentiels/agora-1999/exam-units, unknown-referentiel",
            "/api/v1/referentiels/agora-2020/competencies/9.9.9, unknown-competency",
            "/api/v1/referentiels/agora-2020/no-such-thing, not-found",
            "/api/v1/referentiels/agora-2020/competencies/2.2.4/more, not-found",
    })
    void unknown_version_code_or_path_is_a_404_problem(String path, String type) {
        var r = get(path);
        assertThat(r.status()).as(r.body()).isEqualTo(404);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.tree().get("type").asString()).isEqualTo("/problems/" + type);
        assertThat(r.header("ETag")).isNull();
        assertThat(r.body()).doesNotContain("Exception");
    }

    @Test
    void unknown_competency_problem_carries_the_code() {
        JsonNode p = get(BASE + "/competencies/9.9.9").tree();
        assertThat(p.get("id").asString()).isEqualTo("9.9.9");
        assertThat(p.get("detail").asString()).contains("9.9.9");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "bloc=9, bloc",
            "bloc=0, bloc",
            "bloc=x, bloc",
            "activity=9.9, activity",
            "activity=abc, activity",
            "crcn=xx, crcn",
            "crcn=9.9, crcn",
            "blok=2, blok",
            "bloc=2&crcn=xx, crcn",
    })
    void malformed_filters_are_a_400_problem_naming_the_parameter(String query, String field) {
        var r = get(BASE + "/competencies?" + query);
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.tree().get("field").asString()).isEqualTo(field);
        assertThat(r.body()).doesNotContain("Exception");
    }

    @Test
    void a_too_long_q_and_a_malformed_code_are_400() {
        var q = get(BASE + "/competencies?q=" + "x".repeat(201));
        assertThat(q.status()).isEqualTo(400);
        assertThat(q.tree().get("field").asString()).isEqualTo("q");
        var code = get(BASE + "/competencies/2.2");
        assertThat(code.status()).as(code.body()).isEqualTo(400);
        assertThat(code.contentType()).startsWith("application/problem+json");
        assertThat(code.tree().get("field").asString()).isEqualTo("code");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"POST, /api/v1/referentiels", "DELETE, /api/v1/referentiels/agora-2020",
            "PUT, /api/v1/referentiels/agora-2020/competencies/2.2.4", "POST, /api/v1/referentiels/agora-2020/exam-units"})
    void writing_is_a_405_problem_with_allow(String method, String path) {
        var r = send(method, path, "{}", "application/json");
        assertThat(r.status()).as(r.body()).isEqualTo(405);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.header("Allow")).contains("GET");
    }

    @Test
    void the_openapi_document_has_every_path_and_its_problems() {
        JsonNode paths = ok("/v3/api-docs").get("paths");
        for (String p : List.of("/api/v1/referentiels", "/api/v1/referentiels/{id}",
                "/api/v1/referentiels/{id}/competencies", "/api/v1/referentiels/{id}/competencies/{code}",
                "/api/v1/referentiels/{id}/exam-units", "/api/v1/referentiels/{id}/epreuves")) {
            assertThat(paths.has(p)).as(p).isTrue();
            assertThat(paths.get(p).get("get").get("responses").has("304")).as(p).isTrue();
        }
        JsonNode search = paths.get("/api/v1/referentiels/{id}/competencies").get("get");
        assertThat(search.get("responses").get("400").get("content").has("application/problem+json")).isTrue();
        List<String> params = new ArrayList<>();
        search.get("parameters").forEach(p -> params.add(p.path("name").asString("")));
        assertThat(params).contains("id", "bloc", "activity", "crcn", "q");
        List<String> refs = new ArrayList<>();
        search.get("parameters").forEach(p -> refs.add(p.path("$ref").asString("")));
        assertThat(refs).contains("#/components/parameters/page", "#/components/parameters/size");
        assertThat(paths.get("/api/v1/referentiels/{id}/competencies/{code}").get("get").get("responses").get("404")
                .get("content").has("application/problem+json")).isTrue();
    }
}
