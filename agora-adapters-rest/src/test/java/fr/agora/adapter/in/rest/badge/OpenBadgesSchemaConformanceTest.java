package fr.agora.adapter.in.rest.badge;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.nimbusds.jwt.SignedJWT;
import fr.agora.adapter.in.rest.support.SchoolApiTestSupport;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every credential the API issues, and the issuer profile it serves, validate against 1EdTech's Open Badges 3.0 JSON
 * Schemas (draft 2019-09), kept unchanged in {@code src/test/resources/standards/} (origin and commit in the README
 * there): the formal {@code AchievementCredential} and {@code Profile} schemas, and the JSON-LD adaptation published at
 * the purl {@code ob_v3p0_achievementcredential_schema.json}. The achievement is checked on its own against the
 * schema's {@code Achievement} definition, so an error there names it.
 */
class OpenBadgesSchemaConformanceTest extends SchoolApiTestSupport {

    private static final String PURL = "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/";

    private static Schema credentialSchema;
    private static Schema credentialJsonLdSchema;
    private static Schema achievementSchema;
    private static Schema profileSchema;

    @BeforeAll
    static void loadSchemas() {
        // The schemas' own $ids (purl addresses) resolve to the kept copies: nothing is fetched from the network.
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09,
                b -> b.schemaIdResolvers(r -> r.mapPrefix(PURL, "classpath:standards/")));
        credentialSchema = registry.getSchema(SchemaLocation.of(PURL + "ob_v3p0_achievementcredential-jsonschema1.json"));
        achievementSchema = registry.getSchema(SchemaLocation.of(PURL + "ob_v3p0_achievementcredential-jsonschema1.json#/$defs/Achievement"));
        profileSchema = registry.getSchema(SchemaLocation.of(PURL + "ob_v3p0_profile-jsonschema1.json"));
        credentialJsonLdSchema = registry.getSchema(SchemaLocation.of(PURL + "ob_v3p0_achievementcredential_schema.json"));
    }

    @Test
    void every_issued_credential_validates_against_the_official_schemas() throws Exception {
        School s = newSchool();
        String cohort = createCohort(s, "Terminale AGOrA");
        String lea = createStudent(s, cohort, null, "Martin", "Léa");
        String paul = createStudent(s, cohort, null, "Durand", "Paul");
        record(s, lea, "1.1.1", "4");
        record(s, lea, "2.2.4", "3");
        record(s, paul, "3.1.2", "4");

        for (String[] badge : new String[][] {{lea, "1.1.1"}, {lea, "2.2.4"}, {paul, "3.1.2"}}) {
            ApiResponse issued = post(s.path("/students/" + badge[0] + "/competencies/" + badge[1] + "/badges"), "", auth(s.teacher()));
            assertThat(issued.status()).as(issued.body()).isEqualTo(201);
            JsonNode credential = payload(issued.tree().get("credential").asString());

            assertValid(credentialSchema, credential, "OpenBadgeCredential " + badge[1]);
            assertValid(credentialJsonLdSchema, credential, "OpenBadgeCredential " + badge[1] + " (JSON-LD schema)");
            assertValid(achievementSchema, credential.get("credentialSubject").get("achievement"), "Achievement " + badge[1]);
        }
    }

    @Test
    void the_issuer_profile_validates_against_the_official_profile_schema() {
        School s = newSchool();
        String lea = createStudent(s, createCohort(s, "C"), null, "Martin", "Léa");
        record(s, lea, "1.1.1", "4");
        assertThat(post(s.path("/students/" + lea + "/competencies/1.1.1/badges"), "", auth(s.teacher())).status()).isEqualTo(201);
        ApiResponse profile = get(s.path("/badges/issuer")); // public: a school that issued a badge has a profile
        assertThat(profile.status()).as(profile.body()).isEqualTo(200);
        assertValid(profileSchema, profile.tree(), "issuer Profile");
    }

    @Test
    void the_schemas_are_not_rubber_stamps() throws Exception {
        School s = newSchool();
        String lea = createStudent(s, createCohort(s, "C"), null, "Martin", "Léa");
        record(s, lea, "1.1.1", "4");
        JsonNode credential = payload(post(s.path("/students/" + lea + "/competencies/1.1.1/badges"), "", auth(s.teacher()))
                .tree().get("credential").asString());
        ObjectNode broken = (ObjectNode) credential.deepCopy();
        broken.remove("validFrom");
        ((ObjectNode) broken.get("credentialSubject").get("achievement")).remove("criteria");
        assertThat(credentialSchema.validate(broken)).hasSizeGreaterThanOrEqualTo(2);
        assertThat(credentialJsonLdSchema.validate(broken)).isNotEmpty();

        ObjectNode profile = (ObjectNode) get(s.path("/badges/issuer")).tree().deepCopy();
        profile.remove("type");
        assertThat(profileSchema.validate(profile)).isNotEmpty();
    }

    /** The VC-JWT payload is the credential (OB 3.0 §8.2), with the JWT's registered claims beside it. */
    private JsonNode payload(String compactJwt) throws Exception {
        return json.readTree(SignedJWT.parse(compactJwt).getPayload().toString());
    }

    private static void assertValid(Schema schema, JsonNode instance, String what) {
        List<Error> errors = schema.validate(instance);
        assertThat(errors).as("%s against Open Badges 3.0:%n%s", what, instance)
                .extracting(e -> e.getInstanceLocation() + " " + e.getMessage()).isEmpty();
    }

    private void record(School s, String student, String competency, String level) {
        ApiResponse r = post(s.path("/evaluations"), evaluation(student, competency, "P1", "2024-01-20", level, null, null), auth(s.teacher()));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }
}
