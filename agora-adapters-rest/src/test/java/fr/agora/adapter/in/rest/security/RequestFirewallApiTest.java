package fr.agora.adapter.in.rest.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.adapter.in.rest.support.ApiTestSupport;
import fr.agora.adapter.in.rest.support.RawHttp;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The firewall in front of everything (issue 12 §4, §6): one canonical path for authentication and dispatch, and
 * every refusal — ours, Tomcat's or the servlet container's — an RFC 9457 problem+json without internals.
 */
class RequestFirewallApiTest extends ApiTestSupport {

    @ParameterizedTest
    @ValueSource(strings = {
            "/api/v1/%65stablishments/0750001A/cohorts",
            "/api/v1/establishment%73/0750001A/students",
            "/api/v1/%65%73tablishments/0750001A/api-keys"})
    void an_encoded_school_path_is_authenticated_like_the_plain_one(String target) {
        var r = RawHttp.get(port, target);
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.isProblemJson()).isTrue();
        assertThat(r.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/api/v1/establishments;x=1/0750001A/cohorts",
            "/api/v1/establishments/0750001A;a=b/cohorts",
            "/api/v1/health;jsessionid=1",
            "/api/v1/./health",
            "/api/v1/../v1/health",
            "/api/v1/%2e%2e/v1/health",
            "/api/v1/%2E/health",
            "/api//health",
            "/api/v1/establishments/0750001A%3Bx/cohorts",
            "/api/v1/%2565stablishments/0750001A/cohorts"})
    void ambiguous_paths_are_refused_before_authentication_and_dispatch(String target) {
        var r = RawHttp.get(port, target);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.isProblemJson()).isTrue();
        assertThat(r.body()).contains("\"type\":\"/problems/rejected-path\"").doesNotContain("Exception");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/a%2Fb", "/api/v1/a%2fb", "/api/v1/a%5Cb", "/api/v1/health%00", "/api/v1/%ff",
            "/api/v1/%c3%28", "/api/v1/%e2%82"})
    void encoded_separators_nul_and_invalid_utf8_are_problem_json(String target) {
        var r = RawHttp.get(port, target);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.isProblemJson()).isTrue();
        assertThat(r.body()).doesNotContain("<html").doesNotContain("Tomcat").doesNotContain("Exception");
    }

    @Test
    void container_level_errors_are_problem_json_without_internals() {
        String longValue = "a".repeat(9_000);
        var answers = java.util.List.of(
                RawHttp.get(port, "/api/v1/health", "Host: a b"),
                RawHttp.get(port, "/api/v1/health", "X-Long: " + longValue),
                RawHttp.get(port, "/api/v1/" + longValue),
                RawHttp.send(port, "POST /api/v1/tva/convert HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n"),
                RawHttp.send(port, "POST /api/v1/tva/convert HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello"),
                RawHttp.send(port, "GET /api/v1/health HTTP/9.9\r\nHost: x\r\n\r\n"),
                RawHttp.send(port, "GARBAGE\r\n\r\n"),
                RawHttp.send(port, "GET /api/v1/health HTTP/1.1\r\nHost: x\r\nBad Header: y\r\n\r\n"),
                RawHttp.send(port, "POST /api/v1/tva/convert HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
                        + "Content-Type: application/json\r\n\r\nzz\r\n"));
        for (var r : answers) {
            assertThat(r.status()).as(r.raw()).isEqualTo(400);
            assertThat(r.isProblemJson()).as(r.raw()).isTrue();
            assertThat(r.body()).doesNotContain("<html").doesNotContain("Tomcat").doesNotContain("Exception");
        }
    }

    @Test
    void trace_and_unknown_methods_are_405_problems() {
        for (String method : new String[] {"TRACE", "CONNECT", "PROPFIND"}) {
            var r = RawHttp.send(port, method + " /api/v1/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
            assertThat(r.status()).as(method).isEqualTo(405);
            assertThat(r.isProblemJson()).as(method).isTrue();
        }
    }

    @Test
    void the_error_page_requested_directly_is_a_plain_404_problem() {
        for (String method : new String[] {"GET", "POST", "DELETE"}) {
            var r = RawHttp.send(port, method + " /error HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            assertThat(r.status()).as(method).isEqualTo(404);
            assertThat(r.isProblemJson()).isTrue();
            assertThat(r.body()).doesNotContain("999");
        }
    }

    @Test
    void plain_requests_still_pass() {
        assertThat(get("/api/v1/health").status()).isEqualTo(200);
        assertThat(get("/api/v1/referentiels/agora-2020/competencies/2.2.4").status()).isEqualTo(200);
        assertThat(RawHttp.get(port, "/api/v1/referentiels/agora-2020/competencies/2%2E2%2E4").status()).isEqualTo(200);
    }
}
