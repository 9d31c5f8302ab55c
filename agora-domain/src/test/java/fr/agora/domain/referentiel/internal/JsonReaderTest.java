package fr.agora.domain.referentiel.internal;

import fr.agora.domain.shared.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonReaderTest {

    @Test
    void readsObjectsArraysStringsNumbersAndLiterals() {
        Object v = JsonReader.parse(" {\"a\": [1, -2.5e1, \"é\\u00e9\\n\"], \"b\": true, \"c\": null} ");
        assertThat(v).isEqualTo(Map.of("a", List.of(new BigDecimal("1"), new BigDecimal("-2.5e1"), "éé\n"),
                "b", true, "c", JsonReader.NULL));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "[1,]", "{\"a\":1,}", "{'a':1}", "01", "[1] x", "\"\\x\"", "{\"a\":1,\"a\":2}", "tru", "\"a\tb\""})
    void refusesMalformedInput(String json) {
        assertThatThrownBy(() -> JsonReader.parse(json)).isInstanceOf(InvalidInputException.class);
    }
}
