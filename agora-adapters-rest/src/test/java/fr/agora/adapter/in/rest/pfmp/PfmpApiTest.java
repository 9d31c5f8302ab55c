package fr.agora.adapter.in.rest.pfmp;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.adapter.in.rest.support.SchoolApiTestSupport;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Attendance, attestation (JSON and PDF), allowance, the head's validation and the cohort CSV over HTTP. */
class PfmpApiTest extends SchoolApiTestSupport {

    /**
     * P3 = 6–31 January 2025: 20 jours ouvrés, none absent → 20 days; P4 = 12 May – 6 June 2025: 20 weekdays less
     * Ascension (29 May) = 19, 3 absent → 16 days. Première at 15 €/day: 300 + 240 = 540 € (under the 600 € cap);
     * 36 days = 7.2 weeks against 20 required for the 2030 session.
     */
    record Placed(School s, String cohort, String student) {
    }

    Placed placedStudent(String lastName) {
        School s = newSchool();
        String cohort = createCohort(s, "1re AGOrA");
        String student = createStudent(s, cohort, null, lastName, "Élodie");
        place(s, student, "P3", "tutor@host.fr");
        place(s, student, "P4", "tutor@host.fr");
        assertThat(attendance(s, student, "P3", s.teacher(), "PREMIERE", 0, 0).status()).isEqualTo(200);
        return new Placed(s, cohort, student);
    }

    ApiResponse attendance(School s, String student, String period, String token, String year, int justified, int unjustified) {
        return send("PUT", s.path("/students/" + student + "/placements/" + period + "/attendance"), "{\"cycleYear\":\"" + year
                + "\",\"justifiedAbsenceDays\":" + justified + ",\"unjustifiedAbsenceDays\":" + unjustified + "}", "application/json", auth(token));
    }

    @Test
    void the_attestation_counts_days_done_without_absences_against_the_weeks_the_exam_requires() {
        Placed p = placedStudent("Martin");
        assertThat(attendance(p.s(), p.student(), "P4", p.s().admin(), "PREMIERE", 1, 2).status()).isEqualTo(200);

        JsonNode a = get(p.s().path("/students/" + p.student() + "/pfmp-attestation"), auth(p.s().teacher())).tree();
        assertThat(a.get("periods")).hasSize(2);
        JsonNode p4 = a.get("periods").get(1);
        assertThat(p4.get("plannedDays").asInt()).isEqualTo(19);
        assertThat(p4.get("daysDone").asInt()).isEqualTo(16);
        assertThat(p4.get("organisation").asString()).isEqualTo("Mutuelle du Centre");
        assertThat(p4.get("tutorName").asString()).isEqualTo("Claire Dubois");
        assertThat(a.get("daysDone").asInt()).isEqualTo(36);
        assertThat(a.get("weeksDone").decimalValue()).isEqualByComparingTo("7.2");
        assertThat(a.get("requirement").get("requiredWeeks").asInt()).isEqualTo(20);
        assertThat(a.get("requirementMet").asBoolean()).isFalse();
        // the tutor of the student may read the attestation
        assertThat(get(p.s().path("/students/" + p.student() + "/pfmp-attestation"), auth(p.s().tutor())).status()).isEqualTo(200);

        ApiResponse tooMany = attendance(p.s(), p.student(), "P4", p.s().admin(), "PREMIERE", 20, 0);
        assertThat(tooMany.status()).isEqualTo(422);
        ApiResponse badYear = attendance(p.s(), p.student(), "P4", p.s().admin(), "QUATRIEME", 0, 0);
        assertThat(badYear.status()).isEqualTo(400);
        assertThat(badYear.tree().get("field").asString()).isEqualTo("cycleYear");
        assertThat(attendance(p.s(), p.student(), "P1", p.s().admin(), "SECONDE", 0, 0).status()).isEqualTo(404);
        assertThat(attendance(p.s(), p.student(), "P4", p.s().tutor(), "PREMIERE", 0, 0).status()).isEqualTo(403);
    }

    @Test
    void the_head_validates_the_allowance_once_idempotently_and_the_period_is_then_locked() {
        Placed p = placedStudent("Martin");
        assertThat(attendance(p.s(), p.student(), "P4", p.s().admin(), "PREMIERE", 1, 2).status()).isEqualTo(200);
        JsonNode allowance = get(p.s().path("/students/" + p.student() + "/pfmp-allowance"), auth(p.s().teacher())).tree();
        assertThat(allowance.get("total").decimalValue()).isEqualByComparingTo("540.00");
        assertThat(allowance.get("periods").get(1).get("amount").decimalValue()).isEqualByComparingTo("240.00");
        assertThat(allowance.get("periods").get(1).get("dailyForfait").decimalValue()).isEqualByComparingTo("15.00");
        assertThat(allowance.get("periods").get(1).get("source").asString()).contains("2023-765");

        String path = p.s().path("/students/" + p.student() + "/pfmp-allowance/P4/validation");
        assertThat(post(path, "{\"days\":16,\"amount\":240.00}", auth(p.s().teacher())).status()).isEqualTo(403);
        ApiResponse wrong = post(path, "{\"days\":16,\"amount\":250.00}", auth(p.s().admin()));
        assertThat(wrong.status()).isEqualTo(409);
        assertThat(wrong.contentType()).startsWith("application/problem+json");
        ApiResponse ok = post(path, "{\"days\":16,\"amount\":240.00}", auth(p.s().admin()));
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        ApiResponse again = post(path, "{\"days\":16,\"amount\":240}", auth(p.s().admin()));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.tree().get("validatedAt").asString()).isEqualTo(ok.tree().get("validatedAt").asString());

        ApiResponse locked = attendance(p.s(), p.student(), "P4", p.s().admin(), "PREMIERE", 0, 0);
        assertThat(locked.status()).isEqualTo(409);
        assertThat(locked.tree().get("type").asString()).endsWith("pfmp-period-validated");
        JsonNode after = get(p.s().path("/students/" + p.student() + "/pfmp-allowance"), auth(p.s().admin())).tree();
        assertThat(after.get("periods").get(1).get("validated").asBoolean()).isTrue();
        assertThat(after.get("periods").get(0).get("validated").asBoolean()).isFalse();
        assertThat(post(p.s().path("/students/" + p.student() + "/pfmp-allowance/P5/validation"), "{\"days\":1,\"amount\":1}",
                auth(p.s().admin())).status()).isEqualTo(422);
    }

    @Test
    void the_cohort_csv_is_french_with_a_bom_and_formula_cells_neutralised() {
        Placed p = placedStudent("=HYPERLINK(\\\"x\\\")");
        ApiResponse csv = get(p.s().path("/cohorts/" + p.cohort() + "/pfmp-allowances/csv"), auth(p.s().admin()));
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        String body = csv.body();
        assertThat(body).startsWith("\uFEFFNom;Prénom;INE;Identifiant;Période;Année du cycle;Jours effectués");
        assertThat(body).contains("'=HYPERLINK").contains(";P3;première professionnelle;20;15,00;300,00;non;non;");
        assertThat(get(p.s().path("/cohorts/" + p.cohort() + "/pfmp-allowances"), auth(p.s().tutor())).status()).isEqualTo(403);
        // the same list as JSON, one page of students (paged in SQL by name)
        JsonNode page = get(p.s().path("/cohorts/" + p.cohort() + "/pfmp-allowances?size=1"), auth(p.s().admin())).tree();
        assertThat(page.get("total").asInt()).isEqualTo(1);
        assertThat(page.get("items")).hasSize(1);
        assertThat(page.get("items").get(0).get("studentId").asString()).isEqualTo(p.student());
        assertThat(get(p.s().path("/cohorts/" + p.cohort() + "/pfmp-allowances?page=1&size=1"), auth(p.s().admin())).tree().get("items")).isEmpty();
    }

    @Test
    void the_attestation_pdf_embeds_its_fonts_and_draws_the_accented_text() throws Exception {
        Placed p = placedStudent("Lefèvre");
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + p.s().path("/students/" + p.student() + "/pfmp-attestation/pdf"))).header("Authorization", "Bearer " + p.s().teacher()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(r.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        try (PDDocument doc = Loader.loadPDF(r.body())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Attestation de périodes de formation en milieu professionnel")
                    .contains("Élève : Lefèvre Élodie").contains("Mutuelle du Centre").contains("première")
                    .contains("20 j (4 sem.)").contains("20 semaines exigées pour l'examen").contains("Le chef d'établissement");
            for (var name : doc.getPage(0).getResources().getFontNames()) {
                PDFont font = doc.getPage(0).getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            }
            BufferedImage png = new PDFRenderer(doc).renderImageWithDPI(0, 72);
            // the title is drawn in the top-left band (x 40–400 pt, y 40–60 pt from the top at 72 dpi): dark pixels there
            assertThat(darkPixels(png, 40, 40, 400, 60)).isGreaterThan(200);
            // nothing drawn in the right margin
            assertThat(darkPixels(png, 575, 0, 595, 800)).isZero();
        }
        assertThat(new String(r.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    private static int darkPixels(BufferedImage img, int x0, int y0, int x1, int y1) {
        int n = 0;
        for (int x = x0; x < Math.min(x1, img.getWidth()); x++) {
            for (int y = y0; y < Math.min(y1, img.getHeight()); y++) {
                int rgb = img.getRGB(x, y);
                if (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 300) n++;
            }
        }
        return n;
    }
}
