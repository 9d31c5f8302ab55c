package fr.agora.adapter.in.rest.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The problems the authentication filters answer, in the caller's language like every other problem: the filters run
 * before Spring MVC (and its {@link ProblemDetailsAdvice}), so the language is resolved here from the request by the
 * application's {@link LocaleResolver} ({@code Accept-Language}: French, English otherwise) and the words come from
 * the same bundles ({@code problem.<slug>.title}, then {@code problem.status.<status>.title}; the detail from the key
 * the filter names). The {@code type}, {@code status} and {@code field} never change with the language.
 */
public final class FilterProblems {

    private final MessageSource messages;
    private final LocaleResolver locales;

    public FilterProblems(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    /** A problem+json answer: {@code slug} is the type's last segment, {@code detailKey} a bundle key taking {@code args}. */
    public void write(HttpServletRequest request, HttpServletResponse response, int status, String slug, String field, String detailKey,
                      Object... args) throws IOException {
        Locale locale = locales.resolveLocale(request);
        String title = messages.getMessage("problem." + slug + ".title", null, null, locale);
        if (title == null) {
            title = messages.getMessage("problem.status." + status + ".title", null, "HTTP " + status, locale);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", ProblemTypes.PREFIX + slug);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", messages.getMessage(detailKey, args, detailKey, locale));
        if (field != null) {
            body.put("field", field);
        }
        ProblemResponses.write(response, body);
    }
}
