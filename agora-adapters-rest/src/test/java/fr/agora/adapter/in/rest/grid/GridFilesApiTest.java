package fr.agora.adapter.in.rest.grid;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.adapter.in.rest.support.SchoolApiTestSupport;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

/** The printed and exported forms over HTTP: content types, file names, roles, and the files opened. */
class GridFilesApiTest extends SchoolApiTestSupport {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    record Bytes(int status, String contentType, String disposition, byte[] body) {
    }

    Bytes fetch(String path, String token) throws Exception {
        HttpResponse<byte[]> r = CLIENT.send(HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        return new Bytes(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                r.headers().firstValue("Content-Disposition").orElse(""), r.body());
    }

    record Fixture(School school, String cohort, String lea) {
    }

    Fixture fixture() {
        School s = newSchool();
        String cohort = createCohort(s, "Tle AGOrA");
        String lea = createStudent(s, cohort, null, "Étienne", "Léa");
        createStudent(s, cohort, null, "=Durand", "Paul");
        place(s, lea, "P3", "tutor@host.fr");
        ApiResponse r = post(s.path("/evaluations/bulk"), "{\"evaluations\":["
                + evaluation(lea, "2.2.4", "P3", "2025-01-20", "3", null, null).replace("\"level\"", "\"criterion\":\"2.2.4-G1\",\"level\"") + "]}",
                auth(s.teacher(), "Idempotency-Key", "files"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return new Fixture(s, cohort, lea);
    }

    @Test
    void the_student_grid_and_the_cohort_booklet_are_pdfs_that_read_back() throws Exception {
        Fixture f = fixture();
        Bytes sheet = fetch(f.school().path("/students/" + f.lea() + "/grid.pdf"), f.school().teacher());
        assertThat(sheet.status()).isEqualTo(200);
        assertThat(sheet.contentType()).startsWith("application/pdf");
        assertThat(sheet.disposition()).contains("grille-pfmp-");
        try (PDDocument doc = Loader.loadPDF(sheet.body())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Étienne Léa", "Tle AGOrA", "Mutuelle du Centre", "Claire Dubois",
                    GridPdfWriter.TICK + " 3");
        }
        Bytes booklet = fetch(f.school().path("/cohorts/" + f.cohort() + "/grid.pdf"), f.school().teacher());
        assertThat(booklet.status()).isEqualTo(200);
        try (PDDocument doc = Loader.loadPDF(booklet.body())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Étienne Léa", "=Durand Paul");
        }
        assertThat(fetch(f.school().path("/cohorts/" + f.cohort() + "/grid.pdf"), f.school().tutor()).status()).isEqualTo(403);
        Bytes missing = fetch(f.school().path("/students/nobody/grid.pdf"), f.school().teacher());
        assertThat(missing.status()).isEqualTo(404);
    }

    @Test
    void the_heatmaps_are_svg() throws Exception {
        Fixture f = fixture();
        Bytes student = fetch(f.school().path("/students/" + f.lea() + "/coverage.svg"), f.school().teacher());
        assertThat(student.status()).isEqualTo(200);
        assertThat(student.contentType()).startsWith("image/svg+xml");
        String svg = new String(student.body(), StandardCharsets.UTF_8);
        assertThat(svg).contains("data-competency=\"2.2.4\"", "Légende");
        Bytes cohort = fetch(f.school().path("/cohorts/" + f.cohort() + "/coverage.svg"), f.school().teacher());
        assertThat(new String(cohort.body(), StandardCharsets.UTF_8)).contains("1/2");
        // the JSON reads keep their path
        assertThat(get(f.school().path("/students/" + f.lea() + "/coverage"), auth(f.school().teacher())).contentType()).startsWith("application/json");
    }

    @Test
    void the_cohort_exports_open_in_a_spreadsheet() throws Exception {
        Fixture f = fixture();
        Bytes xlsx = fetch(f.school().path("/cohorts/" + f.cohort() + "/exports/cohort.xlsx"), f.school().teacher());
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            List<Sheet> sheets = wb.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("Évaluations", "Grille", "Couverture");
            List<Row> evaluations = new ArrayList<>(sheets.get(0).read());
            assertThat(evaluations).hasSize(2);
            assertThat(evaluations.get(1).getCellText(2)).isEqualTo("2.2.4");
            List<Row> grid = new ArrayList<>(sheets.get(1).read());
            assertThat(grid).hasSize(1 + 2 * 37);
            assertThat(grid.stream().filter(r -> r.getCellText(0).equals("'=Durand"))).hasSize(37); // neutralised
        }
        Bytes csv = fetch(f.school().path("/cohorts/" + f.cohort() + "/exports/coverage.csv?decimalComma=true"), f.school().teacher());
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFCompétence;Période;");
        assertThat(text).contains("2.2.4;P3;1;0;0;1;2;50,00");
        assertThat(fetch(f.school().path("/cohorts/" + f.cohort() + "/exports/grades.csv"), f.school().teacher()).status()).isEqualTo(400);
        assertThat(fetch(f.school().path("/cohorts/" + f.cohort() + "/exports/grid.csv"), f.school().tutor()).status()).isEqualTo(403);
    }
}
