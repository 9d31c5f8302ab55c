package fr.agora.adapter.in.rest.school;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.adapter.in.rest.support.SchoolApiTestSupport;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * CSV imports (issue 12 §7): RFC 4180 quoting through Commons CSV, encodings checked (UTF-8 with or without BOM;
 * Windows-1252 only when declared — never U+FFFD stored), and a line with the wrong number of columns refused with its
 * line number instead of being silently truncated.
 */
class CsvImportHardeningApiTest extends SchoolApiTestSupport {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @Test
    void a_windows_1252_file_is_read_only_when_declared() throws Exception {
        School s = newSchool();
        String cohort = createCohort(s, "C");
        byte[] latin = "INE;NOM;PRENOM;DIVISION\n123456789AB;Lefèvre;Élodie;1RE3\n".getBytes(WINDOWS_1252);

        HttpResponse<String> undeclared = upload(s, cohort, latin, "text/csv");
        assertThat(undeclared.statusCode()).isEqualTo(400);
        assertThat(undeclared.body()).contains("windows-1252").contains("\"line\":2");

        HttpResponse<String> declared = upload(s, cohort, latin, "text/csv; charset=windows-1252");
        assertThat(declared.statusCode()).as(declared.body()).isEqualTo(200);
        JsonNode list = get(s.path("/students"), auth(s.admin())).tree().get("items");
        assertThat(list.get(0).get("lastName").asString()).isEqualTo("Lefèvre");
        assertThat(list.get(0).get("firstName").asString()).isEqualTo("Élodie");
    }

    @Test
    void utf8_with_a_bom_and_quoted_separators_are_read_as_written() throws Exception {
        School s = newSchool();
        String cohort = createCohort(s, "C");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "INE;NOM;PRENOM;DIVISION\n123456789AB;\"Dupont; Jr\";\"Jean\";1RE3\n".getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, file, 0, bom.length);
        System.arraycopy(text, 0, file, bom.length, text.length);
        HttpResponse<String> r = upload(s, cohort, file, "text/csv; charset=utf-8");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode student = get(s.path("/students"), auth(s.admin())).tree().get("items").get(0);
        assertThat(student.get("lastName").asString()).isEqualTo("Dupont; Jr");
        assertThat(student.get("firstName").asString()).isEqualTo("Jean");
    }

    @Test
    void a_line_with_the_wrong_number_of_columns_is_refused_by_line() throws Exception {
        School s = newSchool();
        String cohort = createCohort(s, "C");
        String csv = "INE;NOM;PRENOM;DIVISION\n123456789AB;Martin;Léa;1RE3\n123456789AC;Durand;Paul;1RE3;extra\n223456789AD;Roux\n";
        HttpResponse<String> r = upload(s, cohort, csv.getBytes(StandardCharsets.UTF_8), "text/csv");
        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode errors = json.readTree(r.body()).get("errors");
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0).get("line").asInt()).isEqualTo(3);
        assertThat(errors.get(1).get("line").asInt()).isEqualTo(4);
        assertThat(get(s.path("/students"), auth(s.admin())).tree().get("total").asLong()).isZero(); // all or nothing
    }

    private HttpResponse<String> upload(School s, String cohort, byte[] body, String contentType) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve(s.path("/cohorts/" + cohort + "/students/import")))
                .header("Content-Type", contentType).header("Authorization", "Bearer " + s.admin())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
