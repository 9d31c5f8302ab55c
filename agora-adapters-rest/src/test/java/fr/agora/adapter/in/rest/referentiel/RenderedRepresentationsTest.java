package fr.agora.adapter.in.rest.referentiel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class RenderedRepresentationsTest {

    private final RenderedRepresentations rendered = new RenderedRepresentations(JsonMapper.builder().build());

    @Test
    void a_resource_of_a_version_is_rendered_once() {
        AtomicInteger calls = new AtomicInteger();
        byte[] first = rendered.render("c1", "competencies/2.2.4", () -> {
            calls.incrementAndGet();
            return Map.of("code", "2.2.4");
        });
        byte[] second = rendered.render("c1", "competencies/2.2.4", () -> {
            calls.incrementAndGet();
            return Map.of("code", "changed");
        });
        assertThat(new String(first, StandardCharsets.UTF_8)).isEqualTo("{\"code\":\"2.2.4\"}");
        assertThat(second).isSameAs(first);
        assertThat(calls).hasValue(1);
    }

    @Test
    void another_checksum_or_resource_is_rendered_anew() {
        rendered.render("c1", "tree", () -> Map.of("v", 1));
        byte[] other = rendered.render("c2", "tree", () -> Map.of("v", new BigDecimal("2.10")));
        rendered.render("c1", "exam-units", () -> Map.of("v", 3));
        assertThat(new String(other, StandardCharsets.UTF_8)).isEqualTo("{\"v\":2.10}");
        assertThat(rendered.size()).isEqualTo(3);
    }

    @Test
    void a_failure_caches_nothing() {
        assertThatThrownBy(() -> rendered.render("c1", "competencies/9.9.9", () -> {
            throw new IllegalArgumentException("unknown");
        })).isInstanceOf(IllegalArgumentException.class);
        assertThat(rendered.size()).isZero();
    }
}
