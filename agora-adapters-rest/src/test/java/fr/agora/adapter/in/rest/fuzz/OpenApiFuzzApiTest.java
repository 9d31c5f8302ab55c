package fr.agora.adapter.in.rest.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.adapter.in.rest.support.ApiTestSupport;
import fr.agora.application.port.in.access.IssueApiKeyUseCase;
import fr.agora.application.port.in.shared.Caller;
import fr.agora.domain.shared.Uai;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI-driven fuzzer over every operation of {@code /v3/api-docs} (issue 12, "Proof"): {@value #FAST_REQUESTS}
 * requests in the normal suite, any number with {@code -Dagora.fuzz.requests=N} (the long run:
 * {@code scripts/fuzz.sh}, results in RELIABILITY.md). Asserts 0 × 5xx and 100 % problem+json on errors, and that a
 * school the fuzzer never targets is byte-for-byte the same afterwards.
 */
class OpenApiFuzzApiTest extends ApiTestSupport {

    static final int FAST_REQUESTS = 1_500;
    static final String UAI_A = "0690001F";
    static final String UAI_B = "0690002G";

    @Autowired
    IssueApiKeyUseCase keys;

    @Test
    void every_operation_holds_under_mutated_requests() throws Exception {
        School a = school(UAI_A, "agk_a1a1a1a1a1a1a1a1.fuzz-target-school-secret-0123456789-ABCDEF");
        School b = school(UAI_B, "agk_b2b2b2b2b2b2b2b2.fuzz-control-school-secret-0123456789-GHIJK");
        JsonNode docs = apiDocs();
        Map<String, String> before = snapshot(docs, b);

        long seed = Long.getLong("agora.fuzz.seed", 20261206L);
        int requests = Integer.getInteger("agora.fuzz.requests", FAST_REQUESTS);
        String[] roles = {a.admin, a.teacher, a.ent};
        java.util.Random pick = new java.util.Random(seed);
        OpenApiFuzzer fuzzer = new OpenApiFuzzer(base, port, docs, json, a.pathValues(),
                path -> path.startsWith("/api/v1/establishments/") ? "Bearer " + roles[pick.nextInt(roles.length)] : null, seed);
        OpenApiFuzzer.Outcome outcome = fuzzer.run(requests);

        String report = "seed " + seed + ", " + outcome.requests() + " requests over " + fuzzer.operations().size()
                + " operations\nstatuses " + outcome.statuses() + "\nchannels " + outcome.channels() + "\nviolations "
                + outcome.violationCount() + "\n" + String.join("\n", outcome.violations());
        Path out = Path.of("target", "fuzz-report.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);

        assertThat(fuzzer.operations()).hasSizeGreaterThan(40);
        assertThat(outcome.violations()).as(report).isEmpty();
        assertThat(outcome.statuses().keySet()).allMatch(s -> s < 500);
        assertThat(snapshot(docs, b)).as("the school the fuzzer never targeted").isEqualTo(before);
    }

    /** The OpenAPI document; its first generation can take longer than a request timeout on a loaded machine. */
    private JsonNode apiDocs() {
        for (int attempt = 1; ; attempt++) {
            try {
                return get("/v3/api-docs").tree();
            } catch (IllegalStateException timeout) {
                if (attempt == 4) {
                    throw timeout;
                }
            }
        }
    }

    /** Every GET of the school API, for school b with its own ids, as status + body. */
    private Map<String, String> snapshot(JsonNode docs, School s) {
        Map<String, String> shot = new LinkedHashMap<>();
        docs.path("paths").properties().forEach(e -> {
            String path = e.getKey();
            if (path.startsWith("/api/v1/establishments/") && e.getValue().has("get")) {
                String filled = path;
                for (Map.Entry<String, String> v : s.pathValues().entrySet()) {
                    filled = filled.replace("{" + v.getKey() + "}", v.getValue());
                }
                var r = get(filled, "Authorization", "Bearer " + s.admin);
                // JSON compared byte for byte; a rendered document (the PDF attestation embeds its creation time)
                // by status and media type
                String ct = r.contentType() == null ? "" : r.contentType();
                shot.put(filled, r.status() + " " + (ct.contains("json") ? r.body() : ct));
            }
        });
        return shot;
    }

    private School school(String uai, String adminKey) {
        keys.registerSchool(new IssueApiKeyUseCase.RegisterCommand(Uai.of(uai), "Lycée " + uai, Caller.Role.SCHOOL_ADMIN,
                "fuzz-admin", adminKey));
        String teacher = issue(uai, adminKey, "TEACHER");
        String ent = issue(uai, adminKey, "ENT_INTEGRATION");
        var cohort = post("/api/v1/establishments/" + uai + "/cohorts", """
                {"name":"Fuzz","referentielId":"agora-2020","referentielVersion":"2020.1","examSessionYear":2030,
                 "periods":[{"code":"P1","start":"2028-01-08","end":"2028-02-02","weeks":4}]}""", "Authorization", "Bearer " + adminKey);
        assertThat(cohort.status()).as(cohort.body()).isEqualTo(201);
        String cohortId = cohort.tree().get("id").asString();
        var student = post("/api/v1/establishments/" + uai + "/students", "{\"cohortId\":\"" + cohortId
                + "\",\"lastName\":\"Martin\",\"firstName\":\"Léa\"}", "Authorization", "Bearer " + adminKey);
        assertThat(student.status()).as(student.body()).isEqualTo(201);
        return new School(uai, adminKey, teacher, ent, cohortId, student.tree().get("id").asString());
    }

    private String issue(String uai, String adminKey, String role) {
        var r = post("/api/v1/establishments/" + uai + "/api-keys", "{\"role\":\"" + role + "\",\"subject\":\"fuzz-" + role + "\"}",
                "Authorization", "Bearer " + adminKey);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.tree().get("token").asString();
    }

    private record School(String uai, String admin, String teacher, String ent, String cohortId, String studentId) {
        Map<String, String> pathValues() {
            Map<String, String> v = new HashMap<>(Map.of("uai", uai, "cohortId", cohortId, "studentId", studentId,
                    "code", "2.2.4", "competency", "2.2.4", "period", "P1", "unit", "U31", "id", "agora-2020",
                    "keyId", "0000000000000000", "evaluationId", "00000000-0000-0000-0000-000000000001"));
            v.put("sourcedId", "00000000-0000-0000-0000-000000000002");
            v.put("endpointId", "wh_00000000000000000000000000000000");
            v.put("deliveryId", "dl_00000000000000000000000000000000");
            v.put("classSourcedId", cohortId);
            v.put("table", "grid");
            v.put("linkId", "00000000-0000-0000-0000-000000000003");
            v.put("badgeId", "00000000-0000-0000-0000-000000000004");
            return v;
        }
    }
}
