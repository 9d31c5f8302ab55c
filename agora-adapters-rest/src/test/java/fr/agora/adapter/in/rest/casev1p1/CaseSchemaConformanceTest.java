package fr.agora.adapter.in.rest.casev1p1;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import fr.agora.adapter.in.rest.support.ApiTestSupport;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every CFPackage the API serves validates against 1EdTech's official CASE 1.1 JSON Schema (draft 2019-09, kept
 * unchanged in {@code src/test/resources/standards/}); and {@code CFDocuments} pages with {@code limit}/{@code offset}
 * and refuses the CASE parameters it does not implement rather than ignoring them.
 */
class CaseSchemaConformanceTest extends ApiTestSupport {

    private static Schema packageSchema;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = CaseSchemaConformanceTest.class.getResourceAsStream("/standards/case-v1p1-cfpackage.schema.json")) {
            packageSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09).getSchema(in);
        }
    }

    @Test
    void every_served_package_validates_against_the_official_schema() {
        JsonNode documents = get(CaseApiTest.PATH + "CFDocuments").tree().get("CFDocuments");
        assertThat(documents).hasSizeGreaterThanOrEqualTo(2);
        for (JsonNode document : documents) {
            String id = document.get("identifier").asString();
            ApiResponse r = get(CaseApiTest.PATH + "CFPackages/" + id);
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            List<Error> errors = packageSchema.validate(r.tree());
            assertThat(errors).as("CFPackage %s against CASE 1.1", id)
                    .extracting(e -> e.getInstanceLocation() + " " + e.getMessage()).isEmpty();
        }
    }

    @Test
    void the_schema_is_not_a_rubber_stamp() {
        JsonNode pkg = get(CaseApiTest.PATH + "CFPackages/" + CaseApiTest.DOCUMENT).tree();
        ((tools.jackson.databind.node.ObjectNode) pkg.get("CFItems").get(0)).put("CFDocumentURI", "not allowed in a package");
        ((tools.jackson.databind.node.ObjectNode) pkg.get("CFDocument")).remove("title");
        assertThat(packageSchema.validate(pkg)).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void cf_documents_pages_with_limit_and_offset() {
        ApiResponse all = get(CaseApiTest.PATH + "CFDocuments");
        assertThat(all.header("X-Total-Count")).isEqualTo("2");
        ApiResponse first = get(CaseApiTest.PATH + "CFDocuments?limit=1");
        assertThat(first.tree().get("CFDocuments")).hasSize(1);
        assertThat(first.tree().get("CFDocuments").get(0).get("identifier").asString()).isEqualTo(CaseApiTest.DOCUMENT);
        assertThat(first.header("X-Total-Count")).isEqualTo("2");
        ApiResponse second = get(CaseApiTest.PATH + "CFDocuments?limit=1&offset=1");
        assertThat(second.tree().get("CFDocuments").get(0).get("identifier").asString()).isEqualTo(CaseApiTest.CRCN_DOCUMENT);
        assertThat(second.header("ETag")).isNotEqualTo(first.header("ETag"));
        assertThat(get(CaseApiTest.PATH + "CFDocuments?offset=5").tree().get("CFDocuments")).isEmpty();
    }

    @Test
    void cf_documents_refuses_what_it_does_not_implement() {
        for (String query : List.of("sort=title", "orderBy=asc", "filter=title%3DX", "fields=title", "limit=0", "offset=-1")) {
            ApiResponse r = get(CaseApiTest.PATH + "CFDocuments?" + query);
            assertThat(r.status()).as(query + ": " + r.body()).isEqualTo(400);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.tree().get("field").asString()).isEqualTo(query.substring(0, query.indexOf('=')));
        }
    }
}
