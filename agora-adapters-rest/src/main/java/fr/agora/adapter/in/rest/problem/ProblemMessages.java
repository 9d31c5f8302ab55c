package fr.agora.adapter.in.rest.problem;

import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * The words of a problem, in the caller's language ({@code Accept-Language}: French, English otherwise), from the
 * message bundles {@code messages.properties} / {@code messages_fr.properties}. The {@code type} and {@code field}
 * never change with the language: clients switch on them.
 *
 * <ul>
 *   <li>title: {@code problem.<slug>.title}, else {@code problem.status.<status>.title};</li>
 *   <li>detail: {@code problem.<slug>.detail} with {0} = the field and {1} = the problem's first datum, else — in
 *       English — the domain's own sentence, or — in another language — {@code problem.status.<status>.detail}.</li>
 * </ul>
 */
@Component
public class ProblemMessages {

    private static final Locale ENGLISH = Locale.ENGLISH;

    private final MessageSource messages;

    public ProblemMessages(MessageSource messages) {
        this.messages = messages;
    }

    /** The language of the current request (resolved by the locale resolver: French or English). */
    public static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    /** Sets the title and detail of {@code pd} in the current request's language. */
    public ProblemDetail localize(ProblemDetail pd) {
        return localize(pd, locale());
    }

    public ProblemDetail localize(ProblemDetail pd, Locale locale) {
        String slug = slug(pd);
        String status = String.valueOf(pd.getStatus());
        Map<String, Object> properties = pd.getProperties() == null ? Map.of() : pd.getProperties();
        Object field = properties.getOrDefault("field", "");
        Object datum = properties.entrySet().stream().filter(e -> !"field".equals(e.getKey()) && !"errors".equals(e.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse("");
        Object[] args = {field, datum};
        String title = message("problem." + slug + ".title", args, locale);
        if (title == null && (pd.getTitle() == null || !isEnglish(locale))) {
            title = message("problem.status." + status + ".title", args, locale);
        }
        pd.setTitle(orElse(title, pd.getTitle())); // in English, the handler's own title when the bundle has none
        String detail = message("problem." + slug + ".detail", args, locale);
        if (detail == null && !isEnglish(locale)) {
            detail = message("problem.status." + status + ".detail", args, locale);
        }
        if (detail != null) {
            pd.setDetail(detail);
        }
        return pd;
    }

    /** One message of the bundles in the current request's language. */
    public String text(String code, Object... args) {
        return messages.getMessage(code, args, code, locale());
    }

    /** "'lines[2].unitPrice' must be … (and 2 more)", in the request's language (the constraint message already is). */
    public String validationDetail(String field, String message, int more) {
        String one = message("problem.validation.detail.one", new Object[] {field, message}, locale());
        return more == 0 ? one : one + message("problem.validation.detail.more", new Object[] {more}, locale());
    }

    /** Why a JSON value could not be read, for people: the expected shape, never a parser's internals. */
    public String unreadable(JacksonException e) {
        String reason;
        if (e instanceof UnrecognizedPropertyException) {
            reason = message("json.unknown-property", null, locale());
        } else if (e instanceof InputCoercionException c) {
            reason = message("json.out-of-range", new Object[] {c.getTargetType() == null ? "" : c.getTargetType().getSimpleName()}, locale());
        } else if (e instanceof InvalidFormatException || e instanceof MismatchedInputException) {
            Class<?> target = e instanceof MismatchedInputException m ? m.getTargetType() : null;
            reason = expected(target);
        } else if (e instanceof StreamReadException) {
            reason = message("json.syntax", null, locale());
        } else {
            reason = message("json.invalid", null, locale());
        }
        return reason;
    }

    private String expected(Class<?> target) {
        if (target == null) {
            return message("json.invalid", null, locale());
        }
        if (target.isEnum()) {
            StringBuilder values = new StringBuilder();
            for (Object constant : target.getEnumConstants()) {
                values.append(values.isEmpty() ? "" : ", ").append(((Enum<?>) constant).name());
            }
            return message("json.expected.enum", new Object[] {values}, locale());
        }
        String key = "json.expected." + target.getSimpleName();
        String specific = message(key, null, locale());
        return specific != null ? specific : message("json.invalid", null, locale());
    }

    private String message(String code, Object[] args, Locale locale) {
        return messages.getMessage(code, args, null, locale);
    }

    private static boolean isEnglish(Locale locale) {
        return locale == null || ENGLISH.getLanguage().equals(locale.getLanguage());
    }

    private static String slug(ProblemDetail pd) {
        String type = pd.getType() == null ? "" : pd.getType().toString();
        return type.startsWith(ProblemTypes.PREFIX) ? type.substring(ProblemTypes.PREFIX.length()) : "status." + pd.getStatus();
    }

    private static String orElse(String value, String fallback) {
        return value != null ? value : fallback;
    }
}
