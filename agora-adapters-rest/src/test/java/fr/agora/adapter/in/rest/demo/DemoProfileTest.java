package fr.agora.adapter.in.rest.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.adapter.in.rest.AgoraApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** The demo profile starts on its own in-memory database, seeds a school, and the curl line it prints works. */
@SpringBootTest(classes = AgoraApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@ExtendWith(OutputCaptureExtension.class)
class DemoProfileTest {

    private static final Pattern COHORT_CURL = Pattern.compile("curl -H 'Authorization: Bearer (agk_[0-9a-f]{16}\\.[A-Za-z0-9_-]+)' '(http://localhost:\\d+/api/v1/establishments/0750001A/cohorts/[^/]+/coverage)'");

    @Test
    void the_printed_teacher_key_reads_the_cohort_coverage(CapturedOutput output) throws Exception {
        Matcher m = COHORT_CURL.matcher(output.getAll());
        assertThat(m.find()).as("a curl line for the cohort coverage is printed").isTrue();

        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(m.group(2)))
                .header("Authorization", "Bearer " + m.group(1)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        ObjectMapper json = JsonMapper.builder().build();
        JsonNode coverage = json.readTree(r.body());
        assertThat(coverage.get("students").asInt()).isEqualTo(35);
        assertThat(coverage.get("cells")).hasSize(37);
        // the calendar follows today: the last period done has evaluations, the next one none
        DemoCalendar.Plan plan = DemoCalendar.plan(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris")));
        assertThat(plan.ended()).isBetween(3, 5);
        String lastDone = "P" + plan.ended();
        String next = "P" + (plan.ended() + 1);
        int proficientInLastDone = 0;
        int exercisedInNext = 0;
        for (JsonNode row : coverage.get("cells")) {
            proficientInLastDone += row.get(lastDone).get("proficient").asInt();
            exercisedInNext += row.get(next).get("evaluated").asInt() + row.get(next).get("proficient").asInt();
        }
        assertThat(proficientInLastDone).isPositive();
        assertThat(exercisedInNext).isZero();

        String readinessUrl = m.group(2).replaceAll("/cohorts/.*", "") + "/students/";
        Matcher student = Pattern.compile("students/([0-9a-f-]{36})/exam-readiness").matcher(output.getAll());
        assertThat(student.find()).isTrue();
        HttpResponse<String> readiness = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(readinessUrl + student.group(1)
                + "/exam-readiness")).header("Authorization", "Bearer " + m.group(1)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(readiness.statusCode()).as(readiness.body()).isEqualTo(200);
        JsonNode u31 = json.readTree(readiness.body()).get("units").get(0);
        assertThat(u31.get("unit").asString()).isEqualTo("U31");
        assertThat(u31.get("proposedMark").get("terms")).hasSize(12);

        HttpResponse<String> noKey = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(m.group(2))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(noKey.statusCode()).isEqualTo(401);
        assertThat(output.getAll()).contains("TUTOR (c.dubois@mutuelle-du-centre.fr)");

        // the allocation: every period done but the last is validated by the head of school
        Matcher csvLine = Pattern.compile("curl -H 'Authorization: Bearer (agk_[^']+)' '(http://[^']+/pfmp-allowances/csv)'").matcher(output.getAll());
        assertThat(csvLine.find()).isTrue();
        HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(csvLine.group(2)))
                .header("Authorization", "Bearer " + csvLine.group(1)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
        long rows = csv.body().lines().count() - 1;
        assertThat(rows).isEqualTo(35L * plan.ended());
        assertThat(csv.body().lines().filter(l -> l.contains(";" + lastDone + ";")).allMatch(l -> l.matches(".*;non;non;$"))).isTrue();
        assertThat(csv.body().lines().filter(l -> l.contains(";P1;")).allMatch(l -> l.contains(";oui;"))).isTrue();

        Matcher tutorPage = Pattern.compile("(http://localhost:\\d+/tuteur/[A-Za-z0-9_-]{43})").matcher(output.getAll());
        assertThat(tutorPage.find()).as("the tutor's personal link is printed").isTrue();
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(tutorPage.group(1))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Mutuelle du Centre");
    }
}
