package fr.agora.adapter.in.rest.config;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.adapter.in.rest.support.ApiTestSupport;
import fr.agora.adapter.in.rest.support.RawHttp;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Bodies bounded per endpoint before they are parsed (issue 12 §1; table in docs/limits.md): a declared length over
 * the limit is refused without reading the body, a chunked body is refused as soon as it passes the limit.
 */
class RequestBodyLimitApiTest extends ApiTestSupport {

    @Test
    void a_declared_length_over_the_limit_is_413_before_a_byte_is_read() {
        // 200 MB announced, nothing sent: the answer cannot depend on reading the body
        var r = RawHttp.send(port, "POST /api/v1/invoices/compute HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Content-Length: 209715200\r\n\r\n");
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.isProblemJson()).isTrue();
        assertThat(r.body()).contains("/problems/payload-too-large").contains("262144");
        assertThat(r.header("Connection")).isEqualTo("close");
    }

    @Test
    void a_chunked_body_is_refused_once_it_passes_the_limit() {
        ByteArrayOutputStream req = new ByteArrayOutputStream();
        req.writeBytes(("POST /api/v1/invoices/compute HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        // valid JSON as far as it goes (whitespace inside an object), so only the size can stop it
        req.writeBytes("1\r\n{\r\n".getBytes(StandardCharsets.ISO_8859_1));
        byte[] chunk = " ".repeat(60_000).getBytes(StandardCharsets.ISO_8859_1);
        for (int i = 0; i < 6; i++) { // 360 kB > 256 KiB
            req.writeBytes((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            req.writeBytes(chunk);
            req.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        req.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        var r = RawHttp.send(port, req.toByteArray());
        assertThat(r.status()).as(r.raw()).isEqualTo(413);
        assertThat(r.isProblemJson()).isTrue();
    }

    @Test
    void the_limit_is_per_endpoint() {
        String bulk = "{\"evaluations\":[" + "{},".repeat(150_000) + "{}]}"; // 450 kB: over the default, under bulk's 8 MB
        var refused = post("/api/v1/invoices/compute", bulk);
        assertThat(refused.status()).isEqualTo(413);
        var accepted = post("/api/v1/establishments/0750001A/evaluations/bulk", bulk);
        assertThat(accepted.status()).isEqualTo(401); // past the limit, stopped by authentication
        var over = RawHttp.send(port, "POST /api/v1/establishments/0750001A/evaluations/bulk HTTP/1.1\r\nHost: x\r\n"
                + "Content-Type: application/json\r\nContent-Length: 9000000\r\n\r\n");
        assertThat(over.status()).isEqualTo(413);
    }

    @Test
    void a_small_body_still_works() {
        var r = post("/api/v1/tva/convert", "{\"amount\":\"100.00\",\"direction\":\"HT_TO_TTC\",\"rate\":\"20\",\"date\":\"2026-03-01\"}");
        assertThat(r.status()).isNotEqualTo(413);
        assertThat(r.status()).isLessThan(500);
    }

    @Test
    void a_body_that_does_not_arrive_in_time_is_a_408() throws Exception {
        var filter = new RequestBodyLimitFilter(new BodyLimitProperties(null, java.time.Duration.ZERO, java.util.List.of()));
        var request = new org.springframework.mock.web.MockHttpServletRequest("POST", "/api/v1/tva/convert");
        request.setContent("{\"amount\":1}".getBytes(StandardCharsets.UTF_8));
        var response = new org.springframework.mock.web.MockHttpServletResponse();
        Thread.sleep(2); // the (zero) read deadline has passed when the handler starts reading
        filter.doFilter(request, response, (req, res) -> req.getInputStream().readAllBytes());
        assertThat(response.getStatus()).isEqualTo(408);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("/problems/request-timeout");
    }

    @Test
    void filter_limits_match_the_documented_table() {
        var filter = new RequestBodyLimitFilter(new BodyLimitProperties(null, null, java.util.List.of(
                new BodyLimitProperties.Endpoint("/api/v1/establishments/*/evaluations/bulk",
                        org.springframework.util.unit.DataSize.ofMegabytes(8)))));
        assertThat(filter.maxFor("/api/v1/establishments/0750001A/evaluations/bulk")).isEqualTo(8L * 1024 * 1024);
        assertThat(filter.maxFor("/api/v1/establishments/0750001A/evaluations")).isEqualTo(256L * 1024);
    }
}
