package fr.agora.adapter.in.rest.config;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Request body limits ({@code agora.limits.body.*}, table in {@code docs/limits.md}): the largest body each endpoint
 * accepts, the first matching {@code endpoints} pattern winning over {@code default-max}, and the time a whole body
 * may take to arrive.
 */
@ConfigurationProperties("agora.limits.body")
public record BodyLimitProperties(DataSize defaultMax, Duration readTimeout, List<Endpoint> endpoints) {

    public BodyLimitProperties {
        defaultMax = defaultMax == null ? DataSize.ofKilobytes(256) : defaultMax;
        readTimeout = readTimeout == null ? Duration.ofSeconds(30) : readTimeout;
        endpoints = endpoints == null ? List.of() : List.copyOf(endpoints);
    }

    /** A path pattern (Spring {@code PathPattern} syntax, e.g. {@code /api/v1/establishments/*}{@code /evaluations/bulk}). */
    public record Endpoint(String pattern, DataSize max) {
    }
}
