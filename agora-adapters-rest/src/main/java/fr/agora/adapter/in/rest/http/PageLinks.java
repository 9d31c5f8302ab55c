package fr.agora.adapter.in.rest.http;

import fr.agora.adapter.in.rest.school.SchoolDtos.PageResponse;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The RFC 8288 {@code Link} header of every page answered ({@code first}, {@code prev}, {@code next}, {@code last}):
 * the request's own path and query with another {@code page}, relative to the server (so a proxy's host never leaks
 * in). Added once here rather than by each list operation.
 */
@RestControllerAdvice
public class PageLinks implements ResponseBodyAdvice<Object> {

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
                                  ServerHttpResponse response) {
        if (body instanceof PageResponse<?> page) {
            String link = header(request, page);
            if (!link.isEmpty()) {
                response.getHeaders().set("Link", link);
            }
        }
        return body;
    }

    static String header(ServerHttpRequest request, PageResponse<?> page) {
        long last = page.total() == 0 ? 0 : (page.total() - 1) / page.size();
        List<String> links = new ArrayList<>();
        links.add(link(request, 0, "first"));
        if (page.page() > 0) {
            links.add(link(request, Math.min(page.page() - 1, last), "prev"));
        }
        if (page.page() < last) {
            links.add(link(request, page.page() + 1, "next"));
        }
        links.add(link(request, last, "last"));
        return String.join(", ", links);
    }

    private static String link(ServerHttpRequest request, long page, String rel) {
        String uri = UriComponentsBuilder.fromUri(request.getURI()).scheme(null).host(null).port(-1)
                .replaceQueryParam(PagingConfiguration.PAGE, page).build().toUriString();
        return "<" + uri + ">; rel=\"" + rel + "\"";
    }
}
