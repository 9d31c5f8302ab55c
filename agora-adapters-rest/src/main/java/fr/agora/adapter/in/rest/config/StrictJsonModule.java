package fr.agora.adapter.in.rest.config;

import java.math.BigDecimal;
import java.time.LocalDate;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.NumberDeserializers;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Values no endpoint can mean, refused while the body is read (400 naming the field) rather than stored or computed:
 * <ul>
 *   <li>strings holding NUL or other control characters (tab and line breaks excepted), or an unpaired surrogate
 *       (PostgreSQL cannot store it), and non-empty strings made only of spaces (including no-break spaces);</li>
 *   <li>numbers with more than {@value #MAX_INTEGER_DIGITS} integer or {@value #MAX_FRACTION_DIGITS} fraction digits
 *       ({@code 1e999999999} is a valid JSON number whose plain form is a billion characters);</li>
 *   <li>dates outside {@link #MIN_DATE} … {@link #MAX_DATE} ({@code 0000-01-01}, {@code +10000-01-01}); an endpoint
 *       may narrow its window further (an evaluation within its cohort's span).</li>
 * </ul>
 */
final class StrictJsonModule extends SimpleModule {

    static final int MAX_INTEGER_DIGITS = 20;
    static final int MAX_FRACTION_DIGITS = 20;
    static final LocalDate MIN_DATE = LocalDate.of(1900, 1, 1);
    static final LocalDate MAX_DATE = LocalDate.of(2199, 12, 31);

    StrictJsonModule() {
        super("agora-strict-json");
        addDeserializer(String.class, new StrictString());
        addDeserializer(BigDecimal.class, new BoundedDecimal());
        addDeserializer(LocalDate.class, new SaneDate());
    }

    /** Why a string is refused, or null. */
    static String refusal(String s) {
        boolean allSpace = !s.isEmpty();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 0) {
                return "NUL characters are not accepted";
            }
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return "control characters are not accepted";
            }
            if (Character.isHighSurrogate(c) && (i + 1 == s.length() || !Character.isLowSurrogate(s.charAt(i + 1)))
                    || Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)))) {
                return "unpaired surrogates are not valid text";
            }
            allSpace &= Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
        }
        return allSpace ? "a value made only of spaces is not accepted" : null;
    }

    private static final class StrictString extends StdScalarDeserializer<String> {
        StrictString() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
            String s = StringDeserializer.instance.deserialize(p, ctxt);
            String why = s == null ? null : refusal(s);
            return why == null ? s : (String) ctxt.handleWeirdStringValue(String.class, "(refused)", why);
        }
    }

    private static final class BoundedDecimal extends StdScalarDeserializer<BigDecimal> {
        BoundedDecimal() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
            BigDecimal v = NumberDeserializers.BigDecimalDeserializer.instance.deserialize(p, ctxt);
            if (v != null && (v.precision() - v.scale() > MAX_INTEGER_DIGITS || v.scale() > MAX_FRACTION_DIGITS)) {
                return (BigDecimal) ctxt.handleWeirdNumberValue(BigDecimal.class, 0,
                        "at most " + MAX_INTEGER_DIGITS + " integer and " + MAX_FRACTION_DIGITS + " fraction digits");
            }
            return v;
        }
    }

    private static final class SaneDate extends StdScalarDeserializer<LocalDate> {
        SaneDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
            LocalDate d;
            if (p.currentToken() == tools.jackson.core.JsonToken.VALUE_STRING) {
                String text = p.getString().trim();
                try {
                    d = LocalDate.parse(text);
                } catch (java.time.format.DateTimeParseException e) {
                    return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text,
                            "expected an ISO date such as 2026-03-01");
                }
            } else {
                d = LocalDateDeserializer.INSTANCE.deserialize(p, ctxt);
            }
            if (d != null && (d.isBefore(MIN_DATE) || d.isAfter(MAX_DATE))) {
                return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, d.toString(),
                        "dates from " + MIN_DATE + " to " + MAX_DATE + " are accepted");
            }
            return d;
        }
    }
}
