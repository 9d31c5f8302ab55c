package fr.agora.adapter.in.rest.config;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's identity; endpoints and their problems are documented on the controllers. */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    static {
        // A LocalDateTime has no offset, so it is not an RFC 3339 date-time: documented as such, generated clients
        // would parse "2026-03-02T08:00:00" as an OffsetDateTime and fail. It is a string of that shape.
        org.springdoc.core.utils.SpringDocUtils.getConfig().replaceWithSchema(java.time.LocalDateTime.class,
                new io.swagger.v3.oas.models.media.StringSchema().pattern("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$")
                        .description("Local date and time, without offset (Europe/Paris wall clock)").example("2026-03-02T08:00:00"));
    }

    @Bean
    OpenAPI agoraOpenApi() {
        return new OpenAPI().info(new Info()
                .title("AGOrA API")
                .version("v1")
                .description("""
                        The Bac Pro AGOrA référentiel, PFMP competency tracking and the management rules the diploma
                        teaches (TVA, invoices, rapprochement, lettrage, paie). Every error is an RFC 9457
                        application/problem+json body with a stable `type` (/problems/<slug>) and, when the input is
                        at fault, the offending `field`. Amounts are JSON numbers read and written as exact decimals.
                        Every list pages alike: `page` (from 0) and `size` (default 20, at most 200), answering
                        `{items, page, size, total}` with a `Link` header; a page past the last is empty with its total.
                        Each operation documents the statuses it answers. Said once here: a method a path does not have
                        answers 405 with `Allow`; a browser's request from an origin not allowed answers 403 without a
                        body; a 500 is no operation's answer but a bug (logged, answered as a problem without
                        internals), which the fuzzer's thousands of mutated requests never meet.""")
                .license(new License().name("EUPL-1.2").identifier("EUPL-1.2")))
                // relative: the document is the same whichever host or port serves it (and its snapshot is stable)
                .servers(List.of(new Server().url("/").description("The server that serves this document")));
    }
}
