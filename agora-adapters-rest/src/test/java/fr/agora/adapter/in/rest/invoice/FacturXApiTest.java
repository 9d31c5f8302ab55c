package fr.agora.adapter.in.rest.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.adapter.in.rest.support.ApiTestSupport;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mustangproject.validator.ZUGFeRDValidator;
import tools.jackson.databind.JsonNode;

/**
 * Factur-X end to end: the invoice is computed by POST /invoices/compute, issued as Factur-X, validated by Mustang's
 * validator (PDF/A-3 and EN 16931 Schematron: 0 errors), read back, and its declared totals and TVA breakdown
 * compared with the computation to the cent.
 */
class FacturXApiTest extends ApiTestSupport {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    static final String PARTIES = """
            "seller":{"name":"Papeterie Martin SARL","siren":"732829320","vatNumber":"FR44732829320",
                      "street":"12 rue des Lilas","postcode":"69003","city":"Lyon","countryCode":"FR"},
            "buyer":{"name":"Cabinet Durand","siren":"552100554","vatNumber":"FR40552100554",
                     "street":"3 place Bellecour","postcode":"69002","city":"Lyon","countryCode":"FR"}""";

    static Stream<Arguments> invoices() {
        return Stream.of(
                Arguments.of("two rates, remise, escompte, port", """
                        {"date":"2026-03-15","lines":[
                          {"label":"Ramettes A4","quantity":"20","unitPrice":"4.50","vatRate":"20"},
                          {"label":"Manuels","quantity":"3","unitPrice":"18.00","vatRate":"5.5"}],
                         "reductions":[{"type":"REMISE","rate":"5"},{"type":"RABAIS","rate":"2"}],
                         "cashDiscountRate":"2","shipping":"12.00"}"""),
                Arguments.of("three rates with a half cent to round", """
                        {"date":"2026-03-15","lines":[
                          {"label":"Classeurs","quantity":"7","unitPrice":"3.35","vatRate":"20"},
                          {"label":"Repas","quantity":"1.5","unitPrice":"11.11","vatRate":"10"},
                          {"label":"Livres","quantity":"3","unitPrice":"9.99","vatRate":"5.5"}],
                         "reductions":[{"type":"REMISE","amount":"4.33"}],"shipping":"7.77"}"""),
                Arguments.of("exempt line with its mention", """
                        {"date":"2026-03-15","lines":[
                          {"label":"Formation bureautique","quantity":"2","unitPrice":"350.00","vatRate":"0","nature":"SERVICES",
                           "exemption":"OTHER_EXEMPT"},
                          {"label":"Support de cours","quantity":"2","unitPrice":"25.00","vatRate":"20"}]}"""),
                Arguments.of("credit note", """
                        {"date":"2026-03-15","kind":"CREDIT_NOTE","lines":[
                          {"label":"Retour ramettes","quantity":"4","unitPrice":"4.50","vatRate":"20"}],
                         "reductions":[{"type":"REMISE","rate":"5"}]}"""),
                Arguments.of("acompte deducted", """
                        {"date":"2026-03-15","lines":[
                          {"label":"Mobilier","quantity":"1","unitPrice":"1500.00","vatRate":"20"}],
                         "deposit":"300.00"}"""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invoices")
    void the_factur_x_is_valid_and_reads_back_with_the_computed_totals(String name, String invoice, @TempDir Path dir)
            throws Exception {
        JsonNode computed = post("/api/v1/invoices/compute", invoice).tree();
        String body = "{\"number\":\"F-" + Math.abs(name.hashCode()) + "\",\"issueDate\":\"2026-03-15\",\"dueDate\":\"2026-04-14\","
                + PARTIES + ",\"invoice\":" + invoice + "}";

        HttpResponse<byte[]> pdf = binary("/api/v1/invoices/facturx", "application/json", body.getBytes(StandardCharsets.UTF_8));
        assertThat(pdf.statusCode()).as(new String(pdf.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        Path file = dir.resolve("invoice.pdf");
        Files.write(file, pdf.body());
        ZUGFeRDValidator validator = new ZUGFeRDValidator();
        String report = validator.validate(file.toString());
        assertThat(validator.wasCompletelyValid()).as(report).isTrue();
        assertThat(report).contains("status=\"valid\"").doesNotContain("<error");

        HttpResponse<byte[]> read = binary("/api/v1/invoices/facturx/read", "application/pdf", pdf.body());
        assertThat(read.statusCode()).as(new String(read.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        JsonNode back = json.readTree(read.body());
        for (String total : new String[] {"totalExclVat", "totalVat", "totalInclVat", "amountDue"}) {
            assertThat(back.get(total).decimalValue()).as(total).isEqualByComparingTo(computed.get(total).decimalValue());
        }
        assertThat(back.get("kind").asString()).isEqualTo(computed.get("kind").asString());
        assertThat(back.get("vat")).hasSize(computed.get("vat").size());
        for (int i = 0; i < computed.get("vat").size(); i++) {
            JsonNode want = computed.get("vat").get(i);
            JsonNode got = findRate(back.get("vat"), want);
            assertThat(got.get("base").decimalValue()).as("base at %s", want.get("rate")).isEqualByComparingTo(want.get("base").decimalValue());
            assertThat(got.get("amount").decimalValue()).as("TVA at %s", want.get("rate")).isEqualByComparingTo(want.get("amount").decimalValue());
            assertThat(text(got, "exemption")).isEqualTo(text(want, "exemption"));
        }
        assertThat(back.get("lines")).hasSize(json.readTree(invoice).get("lines").size());
        assertThat(back.get("seller").get("siren").asString()).isEqualTo("732829320");
        for (JsonNode mention : computed.get("mentions")) {
            assertThat(back.get("notes").toString()).contains(mention.asString());
        }
    }

    @Test
    void the_xml_alone_on_request_and_read_back_from_xml() throws Exception {
        String invoice = "{\"date\":\"2026-03-15\",\"lines\":[{\"label\":\"Stylos\",\"quantity\":\"10\",\"unitPrice\":\"1.20\",\"vatRate\":\"20\"}]}";
        String body = "{\"number\":\"F-XML-1\",\"issueDate\":\"2026-03-15\"," + PARTIES + ",\"invoice\":" + invoice + "}";
        HttpResponse<byte[]> xml = binary("/api/v1/invoices/facturx?format=xml", "application/json", body.getBytes(StandardCharsets.UTF_8));
        assertThat(xml.statusCode()).isEqualTo(200);
        assertThat(xml.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/xml");
        assertThat(new String(xml.body(), StandardCharsets.UTF_8)).contains("CrossIndustryInvoice", "urn:cen.eu:en16931:2017");
        JsonNode back = json.readTree(binary("/api/v1/invoices/facturx/read", "application/xml", xml.body()).body());
        assertThat(back.get("totalInclVat").decimalValue()).isEqualByComparingTo("14.40");
        assertThat(back.get("number").asString()).isEqualTo("F-XML-1");
    }

    @Test
    void refusals_per_line_rounding_unissuable_garbage_and_oversized_files() throws Exception {
        String perLine = "{\"number\":\"F-1\",\"issueDate\":\"2026-03-15\"," + PARTIES + ",\"invoice\":{\"date\":\"2026-03-15\","
                + "\"vatRounding\":\"PER_LINE\",\"lines\":[{\"label\":\"x\",\"quantity\":\"1\",\"unitPrice\":\"1.00\",\"vatRate\":\"20\"}]}}";
        ApiResponse r = post("/api/v1/invoices/facturx", perLine, "Accept", "application/pdf");
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.tree().get("type").asString()).endsWith("/facturx-per-line-rounding");
        String empty = "{\"number\":\"F-2\",\"issueDate\":\"2026-03-15\"," + PARTIES + ",\"invoice\":{\"lines\":[]}}";
        assertThat(post("/api/v1/invoices/facturx", empty, "Accept", "application/pdf").status()).isEqualTo(422);
        ApiResponse badCountry = post("/api/v1/invoices/facturx", perLine.replace("PER_LINE", "PER_RATE")
                .replaceFirst("\"countryCode\":\"FR\"", "\"countryCode\":\"France\""), "Accept", "application/pdf");
        assertThat(badCountry.status()).isEqualTo(400);

        HttpResponse<byte[]> garbage = binary("/api/v1/invoices/facturx/read", "application/pdf", "%PDF-1.7 not really".getBytes());
        assertThat(garbage.statusCode()).isEqualTo(400);
        assertThat(json.readTree(garbage.body()).get("field").asString()).isEqualTo("file");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<rsm:CrossIndustryInvoice xmlns:rsm=\"urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100\">&x;</rsm:CrossIndustryInvoice>";
        HttpResponse<byte[]> entity = binary("/api/v1/invoices/facturx/read", "application/xml", xxe.getBytes(StandardCharsets.UTF_8));
        assertThat(entity.statusCode()).isEqualTo(400); // refused before any parser resolves the entity
        assertThat(new String(entity.body(), StandardCharsets.UTF_8)).doesNotContain("root:");
        HttpResponse<byte[]> huge = binary("/api/v1/invoices/facturx/read", "application/pdf", new byte[5 * 1024 * 1024 + 10]);
        assertThat(huge.statusCode()).isIn(400, 413);
    }

    /** A text field, null when absent or null (null fields are left out of the JSON). */
    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }

    private static JsonNode findRate(JsonNode vat, JsonNode want) {
        for (JsonNode v : vat) {
            if (v.get("rate").decimalValue().compareTo(want.get("rate").decimalValue()) == 0) return v;
        }
        throw new AssertionError("no rate " + want.get("rate") + " in " + vat);
    }

    private HttpResponse<byte[]> binary(String path, String contentType, byte[] body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
