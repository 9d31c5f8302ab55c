package fr.agora.adapter.in.rest.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestPathsTest {

    @Test
    void decodes_to_the_path_the_dispatcher_matches() {
        assertThat(RequestPaths.check("/api/v1/%65stablishments/0750001A").path()).isEqualTo("/api/v1/establishments/0750001A");
        assertThat(RequestPaths.check("/api/v1/caf%C3%A9").path()).isEqualTo("/api/v1/café");
        assertThat(RequestPaths.check("/").path()).isEqualTo("/");
        assertThat(RequestPaths.check("/api/v1/health/").path()).isEqualTo("/api/v1/health/");
    }

    @Test
    void refuses_every_ambiguous_form() {
        for (String raw : new String[] {"", "api", "/a;b", "/a/%3b", "/a%2Fb", "/a%5cb", "/a\\b", "/a%00", "/a%1f",
                "/a%7F", "/a%25", "/a%", "/a%4", "/a%zz", "/./a", "/a/..", "/a/%2e%2E/b", "//a", "/a//b", "/%ff",
                "/%c3%28", "/%ef%bb%bf", "/a b", "/é"}) {
            assertThat(RequestPaths.check(raw).refused()).as(raw).isTrue();
        }
    }
}
