package fr.agora.adapter.in.rest.casev1p1;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.adapter.in.rest.support.ApiTestSupport;
import fr.agora.domain.referentiel.Referentiels;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** GET /ims/case/v1p1/… over real HTTP. */
class CaseApiTest extends ApiTestSupport {

    static final String PATH = "/ims/case/v1p1/";
    // uuid5(uuid5(NAMESPACE_URL, 'urn:agora:referentiel:agora-2020'), 'CFDocument') and '…CFItem:competence:2.2.4'
    static final String DOCUMENT = "c10f56ff-8998-592e-b5a6-1b3c7323f100";
    static final String COMPETENCY_224 = "7177e0eb-c714-5cb2-9760-4ea0e4bc14dc";
    // uuid5(uuid5(NAMESPACE_URL, 'urn:agora:crcn'), 'CFDocument')
    static final String CRCN_DOCUMENT = "33921fc8-0a8a-5d20-9151-32d2e612cc3a";

    @Test
    void lists_the_documents_with_absolute_uris() {
        var r = get(PATH + "CFDocuments");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/json");
        JsonNode docs = r.tree().get("CFDocuments");
        assertThat(docs).hasSize(2);
        JsonNode agora = docs.get(0);
        assertThat(agora.get("identifier").asString()).isEqualTo(DOCUMENT);
        assertThat(agora.get("title").asString()).isEqualTo(Referentiels.agora2020().diplomaTitle());
        assertThat(agora.get("uri").asString()).isEqualTo(base + PATH + "CFDocuments/" + DOCUMENT);
        assertThat(agora.get("language").asString()).isEqualTo("fr");
        assertThat(agora.get("lastChangeDateTime").asString()).isEqualTo("2020-02-18T00:00:00+00:00");
        assertThat(agora.get("CFPackageURI").get("uri").asString()).isEqualTo(base + PATH + "CFPackages/" + DOCUMENT);
        assertThat(agora.get("CFPackageURI").get("identifier").asString()).isEqualTo(DOCUMENT);
        assertThat(docs.get(1).get("identifier").asString()).isEqualTo(CRCN_DOCUMENT);
        assertThat(r.header("ETag")).matches("\"[0-9a-f]{32}\"");
        assertThat(r.header("Cache-Control")).contains("max-age=300").contains("public");
    }

    @Test
    void the_package_has_the_spec_shape() {
        var r = get(PATH + "CFPackages/" + DOCUMENT);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode p = r.tree();
        assertThat(names(p)).containsExactly("CFDocument", "CFItems", "CFAssociations", "CFDefinitions", "CFRubrics");
        assertThat(p.get("CFDocument").has("CFPackageURI")).isFalse();
        assertThat(p.get("CFItems")).hasSize(49);
        assertThat(names(p.get("CFDefinitions"))).containsExactly("CFConcepts", "CFSubjects", "CFLicenses",
                "CFItemTypes", "CFAssociationGroupings");
        assertThat(p.get("CFDefinitions").get("CFItemTypes")).hasSize(3);

        JsonNode tva = null;
        for (JsonNode i : p.get("CFItems")) {
            if (i.get("humanCodingScheme").asString().equals("2.2.4")) {
                tva = i;
            }
        }
        assertThat(tva).as("an item with humanCodingScheme 2.2.4").isNotNull();
        assertThat(tva.get("identifier").asString()).isEqualTo(COMPETENCY_224);
        assertThat(tva.get("CFItemType").asString()).isEqualTo("Compétence");
        assertThat(tva.get("fullStatement").asString()).startsWith("Déterminer les éléments nécessaires");
        assertThat(tva.get("CFItemTypeURI").get("uri").asString()).startsWith(base + PATH + "CFItemTypes/");
        assertThat(tva.has("CFDocumentURI")).as("CFPckgItem has no CFDocumentURI").isFalse();

        JsonNode child = null;
        int isChildOf = 0;
        int isRelatedTo = 0;
        for (JsonNode a : p.get("CFAssociations")) {
            assertThat(names(a)).containsExactly("identifier", "uri", "associationType", "sequenceNumber",
                    "originNodeURI", "destinationNodeURI", "lastChangeDateTime");
            switch (a.get("associationType").asString()) {
                case "isChildOf" -> isChildOf++;
                case "isRelatedTo" -> isRelatedTo++;
                default -> throw new AssertionError(a);
            }
            if (a.get("originNodeURI").get("identifier").asString().equals(COMPETENCY_224)) {
                child = a;
            }
        }
        assertThat(isChildOf).isEqualTo(49);
        assertThat(isRelatedTo).isPositive();
        assertThat(child.get("associationType").asString()).isEqualTo("isChildOf");
        assertThat(names(child.get("originNodeURI"))).containsExactly("title", "identifier", "uri");
        assertThat(child.get("originNodeURI").get("uri").asString()).isEqualTo(base + PATH + "CFItems/" + COMPETENCY_224);
        assertThat(child.get("destinationNodeURI").get("title").asString()).startsWith("2.2 ");

        JsonNode rubrics = p.get("CFRubrics");
        assertThat(rubrics.size()).isBetween(1, 37);
        JsonNode criterion = rubrics.get(0).get("CFRubricCriteria").get(0);
        assertThat(criterion.get("CFItemURI").get("uri").asString()).startsWith(base + PATH + "CFItems/");
        assertThat(criterion.get("rubricId").asString()).isEqualTo(rubrics.get(0).get("identifier").asString());
        assertThat(criterion.get("CFRubricCriterionLevels")).hasSize(4);
        assertThat(criterion.get("CFRubricCriterionLevels").get(3).get("quality").asString()).isEqualTo("Bien maîtrisé");
        assertThat(criterion.get("CFRubricCriterionLevels").get(3).get("score").asInt()).isEqualTo(4);
    }

    @Test
    void the_crcn_package_has_16_items() {
        var r = get(PATH + "CFPackages/" + CRCN_DOCUMENT);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.tree().get("CFItems")).hasSize(16);
        assertThat(r.tree().get("CFRubrics")).isEmpty();
    }

    @Test
    void an_item_by_identifier_and_its_uri_resolves() {
        var r = get(PATH + "CFItems/" + COMPETENCY_224);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode i = r.tree();
        assertThat(i.get("humanCodingScheme").asString()).isEqualTo("2.2.4");
        assertThat(i.get("language").asString()).isEqualTo("fr");
        assertThat(i.get("CFDocumentURI").get("uri").asString()).isEqualTo(base + PATH + "CFDocuments/" + DOCUMENT);
        String uri = i.get("uri").asString();
        assertThat(get(uri.substring(base.toString().length())).body()).isEqualTo(r.body());
        var doc = get(i.get("CFDocumentURI").get("uri").asString().substring(base.toString().length()));
        assertThat(doc.status()).isEqualTo(200);
        assertThat(doc.tree().get("identifier").asString()).isEqualTo(DOCUMENT);
    }

    @Test
    void re_reads_are_byte_identical_and_revalidate_with_304() {
        var first = get(PATH + "CFPackages/" + DOCUMENT);
        var second = get(PATH + "CFPackages/" + DOCUMENT);
        assertThat(second.body()).isEqualTo(first.body());
        String etag = first.header("ETag");
        assertThat(second.header("ETag")).isEqualTo(etag);
        assertThat(first.header("Cache-Control")).contains("max-age=3600");

        var notModified = get(PATH + "CFPackages/" + DOCUMENT, "If-None-Match", etag);
        assertThat(notModified.status()).isEqualTo(304);
        assertThat(notModified.body()).isEmpty();
        assertThat(notModified.header("ETag")).isEqualTo(etag);
        assertThat(notModified.header("Cache-Control")).contains("max-age=3600");
        assertThat(get(PATH + "CFPackages/" + DOCUMENT, "If-None-Match", "\"other\", W/" + etag).status()).isEqualTo(304);
        assertThat(get(PATH + "CFPackages/" + DOCUMENT, "If-None-Match", "\"other\"").status()).isEqualTo(200);
        // another resource, another tag
        assertThat(get(PATH + "CFItems/" + COMPETENCY_224, "If-None-Match", etag).status()).isEqualTo(200);
        var list = get(PATH + "CFDocuments");
        assertThat(get(PATH + "CFDocuments", "If-None-Match", list.header("ETag")).status()).isEqualTo(304);
    }

    @Test
    void an_unknown_identifier_is_a_404_problem() {
        for (String p : List.of("CFItems/", "CFPackages/", "CFDocuments/", "CFItemAssociations/", "CFAssociations/",
                "CFRubrics/", "CFItemTypes/")) {
            var r = get(PATH + p + "00000000-0000-5000-8000-000000000000");
            assertThat(r.status()).as(p).isEqualTo(404);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.tree().get("type").asString()).isEqualTo("/problems/unknown-case-object");
            assertThat(r.tree().get("id").asString()).isEqualTo("00000000-0000-5000-8000-000000000000");
        }
        // a document identifier is not an item identifier
        assertThat(get(PATH + "CFItems/" + DOCUMENT).status()).isEqualTo(404);
    }

    @Test
    void a_malformed_identifier_is_a_400_problem_naming_it() {
        var r = get(PATH + "CFPackages/2.2.4");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.tree().get("type").asString()).isEqualTo("/problems/validation");
        assertThat(r.tree().get("field").asString()).isEqualTo("sourcedId");
        assertThat(get(PATH + "CFItems/not-a-uuid").status()).isEqualTo(400);
    }

    @Test
    void the_uris_of_associations_rubrics_and_item_types_resolve() {
        JsonNode p = get(PATH + "CFPackages/" + DOCUMENT).tree();
        JsonNode association = p.get("CFAssociations").get(3);
        var a = get(relative(association.get("uri").asString()));
        assertThat(a.status()).isEqualTo(200);
        // read on its own, an association names its document (CFDocumentURI); inside the package it does not
        tools.jackson.databind.node.ObjectNode alone = (tools.jackson.databind.node.ObjectNode) a.tree();
        assertThat(alone.get("CFDocumentURI").get("identifier").asString()).isEqualTo(DOCUMENT);
        alone.remove("CFDocumentURI");
        assertThat(alone).isEqualTo(association);
        JsonNode rubric = p.get("CFRubrics").get(0);
        var r = get(relative(rubric.get("uri").asString()));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.tree()).isEqualTo(rubric);
        JsonNode type = p.get("CFDefinitions").get("CFItemTypes").get(2);
        var t = get(relative(type.get("uri").asString()));
        assertThat(t.status()).isEqualTo(200);
        assertThat(t.tree().get("title").asString()).isEqualTo("Compétence");
    }

    @Test
    void item_associations_list_what_touches_an_item() {
        var r = get(PATH + "CFItemAssociations/" + COMPETENCY_224);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(names(r.tree())).containsExactly("CFItem", "CFAssociations");
        assertThat(r.tree().get("CFItem").get("humanCodingScheme").asString()).isEqualTo("2.2.4");
        assertThat(r.tree().get("CFAssociations")).hasSize(1);
        assertThat(r.tree().get("CFAssociations").get(0).get("associationType").asString()).isEqualTo("isChildOf");
    }

    @Test
    void the_endpoints_are_in_the_openapi_document() {
        JsonNode paths = get("/v3/api-docs").tree().get("paths");
        for (String p : List.of("CFDocuments", "CFDocuments/{sourcedId}", "CFPackages/{sourcedId}",
                "CFItems/{sourcedId}", "CFItemAssociations/{sourcedId}", "CFAssociations/{sourcedId}",
                "CFRubrics/{sourcedId}", "CFItemTypes/{sourcedId}")) {
            assertThat(paths.has(PATH + p)).as(p).isTrue();
        }
        assertThat(paths.get(PATH + "CFPackages/{sourcedId}").get("get").get("responses").has("404")).isTrue();
    }

    private String relative(String uri) {
        assertThat(uri).startsWith(base.toString());
        return uri.substring(base.toString().length());
    }

    private static List<String> names(JsonNode n) {
        List<String> names = new ArrayList<>();
        n.propertyNames().forEach(names::add);
        return names;
    }
}
