package fr.agora.adapter.in.rest.http;

import fr.agora.application.port.in.shared.Page;
import fr.agora.domain.shared.InvalidInputException;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Reads {@code page} and {@code size} into a {@link PageQuery}: absent means page 0 of {@value Page#DEFAULT_SIZE};
 * anything but an integer within the bounds is a 400 naming the parameter (never a conversion message).
 */
public final class PageQueryArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == PageQuery.class;
    }

    @Override
    public PageQuery resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer, NativeWebRequest request,
                                     WebDataBinderFactory binderFactory) {
        int page = integer(request, "page", 0, 0, Page.MAX_PAGE);
        int size = integer(request, "size", Page.DEFAULT_SIZE, 1, Page.MAX_SIZE);
        return new PageQuery(page, size);
    }

    private static int integer(NativeWebRequest request, String name, int absent, int min, int max) {
        String value = request.getParameter(name);
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException notAnInteger) {
            // same answer as out of range, below
        }
        throw new InvalidInputException(name, name + " must be an integer within " + min + "–" + max);
    }
}
