package fr.agora.adapter.in.rest.config;

import com.fasterxml.jackson.annotation.Nulls;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;

/**
 * JSON numbers are read and written as exact decimals: a {@code BigDecimal} is never turned into a double on the
 * way in, and is written in plain notation ({@code 0.00}, never {@code 0E-2}) on the way out. Unknown properties are
 * refused so a misspelt field is a 400 naming it rather than a silently ignored value. Strict about the rest too
 * (issue 12 §7): a duplicate key, {@code 2027.5} for an integer, and the values {@link StrictJsonModule} refuses are
 * 400s instead of a last-one-wins, a truncation or a stored surprise.
 */
@Configuration(proxyBeanMethods = false)
public class JsonConfiguration {

    @Bean
    JsonMapperBuilderCustomizer exactDecimals() {
        return builder -> builder
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .addModule(new StrictJsonModule())
                // a null inside a list ("aleas": [null]) is refused while reading, naming aleas[0], not a 500 later
                .changeDefaultNullHandling(n -> n.withContentNulls(Nulls.FAIL))
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN);
    }
}
