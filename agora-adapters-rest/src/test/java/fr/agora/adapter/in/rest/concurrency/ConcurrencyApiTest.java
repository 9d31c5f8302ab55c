package fr.agora.adapter.in.rest.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.adapter.in.rest.support.ApiTestSupport;
import fr.agora.application.port.in.access.IssueApiKeyUseCase;
import fr.agora.application.port.in.shared.Caller;
import fr.agora.domain.shared.Uai;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Concurrency with exact counts (issue 12, "Proof"): many clients at the same instant on the same student, the same
 * idempotency key, the same version. Each scenario releases all its threads at once through a latch.
 */
class ConcurrencyApiTest extends ApiTestSupport {

    static final String PERIODS = """
            [{"code":"P1","start":"2024-01-08","end":"2024-02-02","weeks":4},
             {"code":"P2","start":"2024-05-13","end":"2024-06-07","weeks":4}]""";

    @Autowired
    IssueApiKeyUseCase keys;

    record School(String uai, String admin, String teacher, String cohort, String student) {
        String path(String p) {
            return "/api/v1/establishments/" + uai + p;
        }
    }

    @Test
    void fifty_writers_on_one_student_store_fifty_evaluations() throws Exception {
        School s = school("0770001A", "agk_c0c0c0c0c0c0c0c1.concurrency-writers-secret-0123456789-AbCdEf");
        Map<Integer, Integer> statuses = all(50, i -> post(s.path("/evaluations"), evaluation(s.student(), "2024-01-" + (10 + i % 15),
                String.valueOf(1 + i % 4)), "Authorization", "Bearer " + s.teacher()).status());
        assertThat(statuses).isEqualTo(Map.of(201, 50));
        assertThat(get(s.path("/students/" + s.student() + "/evaluations"), "Authorization", "Bearer " + s.teacher()).tree().get("total").asInt())
                .isEqualTo(50);
    }

    @Test
    void parallel_replays_of_one_idempotent_bulk_store_it_once() throws Exception {
        School s = school("0770002B", "agk_c0c0c0c0c0c0c0c2.concurrency-replays-secret-0123456789-AbCdEf");
        String body = "{\"evaluations\":[" + evaluation(s.student(), "2024-01-20", "3") + ","
                + evaluation(s.student(), "2024-01-21", "4") + "]}";
        Map<Integer, Integer> statuses = all(20, i -> post(s.path("/evaluations/bulk"), body, "Authorization", "Bearer " + s.teacher(),
                "Idempotency-Key", "same-key-for-all").status());
        assertThat(statuses.keySet()).as("statuses %s", statuses).allMatch(st -> st == 200 || st == 201 || st == 409);
        assertThat(statuses.getOrDefault(201, 0)).as("statuses %s", statuses).isEqualTo(1);
        assertThat(get(s.path("/students/" + s.student() + "/evaluations"), "Authorization", "Bearer " + s.teacher()).tree().get("items"))
                .as("stored exactly once").hasSize(2);
    }

    @Test
    void two_callers_sending_the_same_key_in_parallel_each_store_once() throws Exception {
        School s = school("0770004D", "agk_c0c0c0c0c0c0c0c4.concurrency-callers-secret-0123456789-AbCdEf");
        var second = post(s.path("/api-keys"), "{\"role\":\"TEACHER\",\"subject\":\"prof2\"}", "Authorization", "Bearer " + s.admin());
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        String[] teachers = {s.teacher(), second.tree().get("token").asString()};
        String body = "{\"evaluations\":[" + evaluation(s.student(), "2024-01-20", "3") + "," + evaluation(s.student(), "2024-01-21", "4") + "]}";
        Map<Integer, Integer> statuses = all(20, i -> post(s.path("/evaluations/bulk"), body, "Authorization", "Bearer " + teachers[i % 2],
                "Idempotency-Key", "same-key-for-both").status());
        assertThat(statuses.keySet()).as("statuses %s", statuses).allMatch(st -> st == 200 || st == 201 || st == 409);
        assertThat(statuses.getOrDefault(201, 0)).as("one first execution per caller: %s", statuses).isEqualTo(2);
        assertThat(get(s.path("/students/" + s.student() + "/evaluations"), "Authorization", "Bearer " + s.teacher()).tree().get("items"))
                .as("each caller's batch stored exactly once").hasSize(4);
    }

    @Test
    void concurrent_edits_of_one_version_let_exactly_one_through() throws Exception {
        School s = school("0770003C", "agk_c0c0c0c0c0c0c0c3.concurrency-ifmatch-secret-0123456789-AbCdEf");
        String etag = get(s.path("/cohorts/" + s.cohort()), "Authorization", "Bearer " + s.admin()).header("ETag");
        Map<Integer, Integer> statuses = all(20, i -> send("PUT", s.path("/cohorts/" + s.cohort() + "/periods"),
                "{\"periods\":[{\"code\":\"P1\",\"start\":\"2024-01-08\",\"end\":\"2024-02-0" + (1 + i % 2) + "\",\"weeks\":4}]}",
                "application/json", "Authorization", "Bearer " + s.admin(), "If-Match", etag).status());
        assertThat(statuses).isEqualTo(Map.of(200, 1, 409, 19));
        assertThat(get(s.path("/cohorts/" + s.cohort()), "Authorization", "Bearer " + s.admin()).header("ETag"))
                .isNotEqualTo(etag);
    }

    private interface Call {
        int status(int i) throws Exception;
    }

    /** Runs {@code n} calls released at the same instant; the count of each status. */
    private static Map<Integer, Integer> all(int n, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int index = i;
            Callable<Integer> task = () -> {
                go.await();
                return call.status(index);
            };
            futures.add(pool.submit(task));
        }
        go.countDown();
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (Future<Integer> f : futures) {
            statuses.merge(f.get(60, TimeUnit.SECONDS), 1, Integer::sum);
        }
        pool.shutdown();
        return statuses;
    }

    private static String evaluation(String student, String date, String level) {
        return "{\"studentId\":\"" + student + "\",\"competency\":\"1.1.1\",\"criterion\":\"1.1.1-M1\",\"period\":\"P1\","
                + "\"date\":\"" + date + "\",\"level\":\"" + level + "\"}";
    }

    private School school(String uai, String adminKey) {
        keys.registerSchool(new IssueApiKeyUseCase.RegisterCommand(Uai.of(uai), "Lycée " + uai, Caller.Role.SCHOOL_ADMIN,
                "concurrency-admin", adminKey));
        var teacher = post("/api/v1/establishments/" + uai + "/api-keys", "{\"role\":\"TEACHER\",\"subject\":\"prof\"}",
                "Authorization", "Bearer " + adminKey);
        assertThat(teacher.status()).as(teacher.body()).isEqualTo(201);
        var cohort = post("/api/v1/establishments/" + uai + "/cohorts", "{\"name\":\"C\",\"referentielId\":\"agora-2020\","
                + "\"referentielVersion\":\"2020.1\",\"examSessionYear\":2026,\"periods\":" + PERIODS + "}", "Authorization", "Bearer " + adminKey);
        assertThat(cohort.status()).as(cohort.body()).isEqualTo(201);
        String cohortId = cohort.tree().get("id").asString();
        var student = post("/api/v1/establishments/" + uai + "/students", "{\"cohortId\":\"" + cohortId
                + "\",\"lastName\":\"Martin\",\"firstName\":\"Léa\"}", "Authorization", "Bearer " + adminKey);
        assertThat(student.status()).as(student.body()).isEqualTo(201);
        return new School(uai, adminKey, teacher.tree().get("token").asString(), cohortId, student.tree().get("id").asString());
    }
}
