package fr.agora.adapter.in.rest.http;

import fr.agora.application.port.in.shared.Page;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * One pagination for every list (see {@code docs/api-conventions.md}): a controller method that takes a
 * {@link PageQuery} reads {@code page}/{@code size} through {@link PageQueryArgumentResolver}, answers the
 * {@code PageResponse} envelope with a {@code Link} header ({@link PageLinks}), and is documented with the two
 * parameter components declared here, so the bounds and defaults are written once.
 */
@Configuration(proxyBeanMethods = false)
public class PagingConfiguration implements WebMvcConfigurer {

    public static final String PAGE = "page";
    public static final String SIZE = "size";
    static final String LINK_DESCRIPTION = "RFC 8288 links to the `first`, `prev`, `next` and `last` pages "
            + "(the same query with another `page`); `next` is absent on the last page";

    static {
        // the argument is read by the resolver, documented by the parameter components: springdoc must not expand it
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(PageQuery.class);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new PageQueryArgumentResolver());
    }

    /** The two parameters, as components every list operation refers to. */
    @Bean
    OpenApiCustomizer pageParameterComponents() {
        return new PageParameterComponents();
    }

    /** A list operation (its handler takes a {@link PageQuery}) refers to the components and documents {@code Link}. */
    @Bean
    OperationCustomizer pagedOperations() {
        return (operation, handler) -> {
            boolean paged = Arrays.stream(handler.getMethodParameters()).anyMatch(p -> p.getParameterType() == PageQuery.class);
            if (!paged) {
                return operation;
            }
            operation.addParametersItem(new Parameter().$ref("#/components/parameters/" + PAGE));
            operation.addParametersItem(new Parameter().$ref("#/components/parameters/" + SIZE));
            ApiResponse ok = operation.getResponses() == null ? null : operation.getResponses().get("200");
            if (ok != null) {
                ok.addHeaderObject("Link", new Header().description(LINK_DESCRIPTION).schema(new StringSchema()));
            }
            return operation;
        };
    }

    static final class PageParameterComponents implements OpenApiCustomizer, Ordered {

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE - 30;
        }

        @Override
        public void customise(io.swagger.v3.oas.models.OpenAPI api) {
            if (api.getComponents() == null) {
                api.setComponents(new Components());
            }
            api.getComponents().addParameters(PAGE, new Parameter().name(PAGE).in("query").required(false)
                    .description("Page number, from 0. A page past the last one answers an empty `items` with the `total`.")
                    .schema(new IntegerSchema().minimum(BigDecimal.ZERO).maximum(BigDecimal.valueOf(Page.MAX_PAGE))._default(0))
                    .example(0));
            api.getComponents().addParameters(SIZE, new Parameter().name(SIZE).in("query").required(false)
                    .description("Items per page (default " + Page.DEFAULT_SIZE + ", at most " + Page.MAX_SIZE + ")")
                    .schema(new IntegerSchema().minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(Page.MAX_SIZE))._default(Page.DEFAULT_SIZE))
                    .example(Page.DEFAULT_SIZE));
        }
    }
}
