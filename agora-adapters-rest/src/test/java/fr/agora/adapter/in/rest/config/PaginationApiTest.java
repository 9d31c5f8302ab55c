package fr.agora.adapter.in.rest.config;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.adapter.in.rest.support.SchoolApiTestSupport;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * One pagination for every list ({@code docs/api-conventions.md}): {@code page} from 0, {@code size} 1–200 (20 by
 * default), the {@code {items, page, size, total}} envelope, a {@code Link} header, a page past the last empty with its
 * total, a bad value a 400 naming the parameter. Shown on a catalogue paged in memory (the 37 competencies) and on a
 * list paged in SQL (a student's evaluation history).
 */
class PaginationApiTest extends SchoolApiTestSupport {

    private static final String COMPETENCIES = "/api/v1/referentiels/agora-2020/competencies";

    @Test
    void a_catalogue_is_paged_with_its_total_and_links() {
        ApiResponse first = get(COMPETENCIES);
        JsonNode page0 = first.tree();
        // 37 competencies, 20 by default: pages 0 (20) and 1 (17)
        assertThat(page0.get("page").asInt()).isZero();
        assertThat(page0.get("size").asInt()).isEqualTo(20);
        assertThat(page0.get("total").asInt()).isEqualTo(37);
        assertThat(page0.get("items")).hasSize(20);
        assertThat(first.header("Link")).contains("<" + COMPETENCIES + "?page=0>; rel=\"first\"")
                .contains("<" + COMPETENCIES + "?page=1>; rel=\"next\"").contains("<" + COMPETENCIES + "?page=1>; rel=\"last\"")
                .doesNotContain("rel=\"prev\"");

        ApiResponse last = get(COMPETENCIES + "?page=1&bloc=3");
        // bloc 3 alone: fewer than 21, so page 1 is past the end
        assertThat(last.tree().get("items")).isEmpty();
        assertThat(last.tree().get("total").asInt()).isPositive();

        ApiResponse second = get(COMPETENCIES + "?size=20&page=1");
        assertThat(second.tree().get("items")).hasSize(17);
        assertThat(second.header("Link")).contains("?size=20&page=0>; rel=\"prev\"").doesNotContain("rel=\"next\"");

        List<String> all = new ArrayList<>();
        page0.get("items").forEach(c -> all.add(c.get("code").asString()));
        second.tree().get("items").forEach(c -> all.add(c.get("code").asString()));
        assertThat(all).doesNotHaveDuplicates().hasSize(37);
    }

    @Test
    void a_page_past_the_last_is_empty_with_the_right_total_not_an_error() {
        JsonNode far = get(COMPETENCIES + "?page=100000&size=200").tree();
        assertThat(far.get("items")).isEmpty();
        assertThat(far.get("total").asInt()).isEqualTo(37);
        assertThat(far.get("page").asInt()).isEqualTo(100_000);
    }

    @ParameterizedTest(name = "{0} → 400 naming {1}")
    @CsvSource({"page=-1, page", "page=100001, page", "page=abc, page", "page=1e3, page", "size=0, size", "size=201, size",
            "size=x, size", "page=99999999999999999999, page"})
    void a_bad_page_or_size_is_a_400_naming_it(String query, String field) {
        ApiResponse r = get(COMPETENCIES + "?" + query);
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.tree().get("field").asString()).isEqualTo(field);
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("java.");
    }

    @Test
    void a_history_is_paged_in_the_store_in_chronological_order() {
        School s = newSchool();
        String st = createStudent(s, createCohort(s, "Paged"), null, "Martin", "Léa");
        // five evaluations on five dates, sent newest first: the history reads them oldest first
        for (int day = 25; day >= 21; day--) {
            ApiResponse r = post(s.path("/evaluations"), evaluation(st, "1.1.1", "P1", "2024-01-" + day, "3", null, null), auth(s.teacher()));
            assertThat(r.status()).as(r.body()).isEqualTo(201);
        }
        List<String> dates = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            JsonNode p = get(s.path("/students/" + st + "/evaluations?size=2&page=" + page), auth(s.teacher())).tree();
            assertThat(p.get("total").asInt()).isEqualTo(5);
            assertThat(p.get("items").size()).isEqualTo(page < 2 ? 2 : 1);
            p.get("items").forEach(e -> dates.add(e.get("date").asString()));
        }
        assertThat(dates).containsExactly("2024-01-21", "2024-01-22", "2024-01-23", "2024-01-24", "2024-01-25");
        JsonNode past = get(s.path("/students/" + st + "/evaluations?size=2&page=3"), auth(s.teacher())).tree();
        assertThat(past.get("items")).isEmpty();
        assertThat(past.get("total").asInt()).isEqualTo(5);
        JsonNode other = get(s.path("/students/" + st + "/evaluations?competency=1.1.2"), auth(s.teacher())).tree();
        assertThat(other.get("total").asInt()).isZero();
    }
}
