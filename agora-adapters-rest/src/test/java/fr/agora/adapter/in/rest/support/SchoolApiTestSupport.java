package fr.agora.adapter.in.rest.support;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.application.port.in.access.IssueApiKeyUseCase;
import fr.agora.application.port.in.shared.Caller;
import fr.agora.domain.shared.Uai;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Base of the school-endpoint API tests: registers fresh schools (each with a unique UAI, so tests never see each
 * other's data in the shared context), issues keys by role, and builds the usual fixtures over HTTP.
 */
public abstract class SchoolApiTestSupport extends ApiTestSupport {

    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 1_000_000));

    public static final String REFERENTIEL = "agora-2020";
    public static final String VERSION = "2020.1";
    /** P1–P4 in the past, P5–P6 far ahead: the current period is P4 whatever the day the test runs. */
    public static final String PERIODS = """
            [{"code":"P1","start":"2024-01-08","end":"2024-02-02","weeks":4},
             {"code":"P2","start":"2024-05-13","end":"2024-06-07","weeks":4},
             {"code":"P3","start":"2025-01-06","end":"2025-01-31","weeks":4},
             {"code":"P4","start":"2025-05-12","end":"2025-06-06","weeks":4},
             {"code":"P5","start":"2030-01-07","end":"2030-02-01","weeks":4},
             {"code":"P6","start":"2030-05-13","end":"2030-06-07","weeks":4}]""";

    /** The platform operator's secret; application-test.yml holds its SHA-256. */
    public static final String OPERATOR_SECRET = "operator-secret-for-tests-0123456789-abcdefXYZ";
    /** UAIs of schools created over the API: 9 000 000 and up, apart from {@link #newSchool()}'s, with their check letter. */
    private static final AtomicInteger NEXT_CREATED = new AtomicInteger(9_000_000 + (int) (System.nanoTime() % 500_000));

    @Autowired
    protected IssueApiKeyUseCase keys;

    /** A fresh UAI with a valid check letter (750654 mod 23 = 3 → D: the letter is the digits' remainder mod 23). */
    public static String freshUai() {
        String digits = String.format("%07d", NEXT_CREATED.incrementAndGet());
        return digits + Uai.checkLetter(digits);
    }

    /** A registered school and its keys by role (the tutor key is for {@code tutor@host.fr}). */
    public record School(String uai, String admin, String teacher, String ent, String tutor) {
        public String path(String rest) {
            return "/api/v1/establishments/" + uai + rest;
        }
    }

    public School newSchool() {
        int n = Math.floorMod(NEXT.incrementAndGet(), 10_000_000);
        String uai = String.format("%07d", n) + (char) ('A' + Math.floorMod(n, 26));
        String admin = keys.registerSchool(new IssueApiKeyUseCase.RegisterCommand(Uai.of(uai), "Lycée " + uai, Caller.Role.SCHOOL_ADMIN,
                "admin@" + uai.toLowerCase() + ".fr", null)).token();
        return new School(uai, admin, issue(uai, admin, "TEACHER", "prof.martin"), issue(uai, admin, "ENT_INTEGRATION", "ent-client"),
                issue(uai, admin, "TUTOR", "tutor@host.fr"));
    }

    public String issue(String uai, String adminToken, String role, String subject) {
        ApiResponse r = post("/api/v1/establishments/" + uai + "/api-keys",
                "{\"role\":\"" + role + "\",\"subject\":\"" + subject + "\"}", auth(adminToken));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.tree().get("token").asString();
    }

    public static String[] auth(String token) {
        return new String[] {"Authorization", "Bearer " + token};
    }

    public static String[] auth(String token, String... more) {
        String[] h = new String[2 + more.length];
        h[0] = "Authorization";
        h[1] = "Bearer " + token;
        System.arraycopy(more, 0, h, 2, more.length);
        return h;
    }

    public String createCohort(School s, String name) {
        ApiResponse r = post(s.path("/cohorts"), "{\"name\":\"" + name + "\",\"referentielId\":\"" + REFERENTIEL
                + "\",\"referentielVersion\":\"" + VERSION + "\",\"examSessionYear\":2030,\"periods\":" + PERIODS + "}", auth(s.admin()));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.tree().get("id").asString();
    }

    public String createStudent(School s, String cohortId, String ine, String last, String first) {
        String ineJson = ine == null ? "null" : "\"" + ine + "\"";
        ApiResponse r = post(s.path("/students"), "{\"cohortId\":\"" + cohortId + "\",\"ine\":" + ineJson + ",\"lastName\":\"" + last
                + "\",\"firstName\":\"" + first + "\"}", auth(s.admin()));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.tree().get("id").asString();
    }

    public void place(School s, String studentId, String period, String tutorEmail) {
        ApiResponse r = send("PUT", s.path("/students/" + studentId + "/placements/" + period),
                "{\"organisation\":\"Mutuelle du Centre\",\"kind\":\"MUTUELLE\",\"tutorName\":\"Claire Dubois\",\"tutorEmail\":\""
                        + tutorEmail + "\"}", "application/json", auth(s.admin()));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    /** One evaluation as JSON (ENT clients name the evaluator; teachers and tutors may leave it out). */
    public static String evaluation(String studentId, String competency, String period, String date, String level, String evaluatorId,
                             String evaluatorRole) {
        return "{\"studentId\":\"" + studentId + "\",\"competency\":\"" + competency + "\",\"period\":\"" + period + "\",\"date\":\"" + date
                + "\",\"level\":\"" + level + "\"" + (evaluatorId == null ? "" : ",\"evaluatorId\":\"" + evaluatorId + "\"")
                + (evaluatorRole == null ? "" : ",\"evaluatorRole\":\"" + evaluatorRole + "\"") + "}";
    }
}
