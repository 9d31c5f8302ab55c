package fr.agora.adapter.in.rest.access;

import fr.agora.application.port.in.shared.Caller;
import fr.agora.application.port.in.shared.PlatformOperator;
import fr.agora.domain.shared.ForbiddenException;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Gives a controller method the {@link Caller} the authentication filter bound to the request (never the body). */
public class CallerArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Caller.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer, NativeWebRequest webRequest,
                                  WebDataBinderFactory binderFactory) {
        Object caller = webRequest.getAttribute(ApiKeyAuthenticationFilter.CALLER_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (caller == null && webRequest.getAttribute(ApiKeyAuthenticationFilter.PRINCIPAL_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST)
                instanceof PlatformOperator) {
            // the filter already refuses the operator on school endpoints; this keeps it a 403 should a path slip through
            throw new ForbiddenException("operator-not-allowed", null, "the platform operator does not reach a school's data");
        }
        if (caller == null) throw new IllegalStateException("no authenticated caller: the endpoint is outside the school paths");
        return caller;
    }
}
