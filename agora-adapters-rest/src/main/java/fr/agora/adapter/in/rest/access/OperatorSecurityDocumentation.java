package fr.agora.adapter.in.rest.access;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.ArrayList;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.Ordered;

/**
 * The platform operator's bearer scheme in the OpenAPI document, required on its operations: the establishment list
 * and creation, disable and enable (operator only), and reading one school (operator, or the school's own API key).
 * Ordered (a lambda cannot be) before the contract customizer, which documents 401/403 on secured operations; it sets
 * the requirements outright, and the school scheme's customizer leaves alone what declares the operator, so the
 * result does not depend on which of the two runs first.
 */
final class OperatorSecurityDocumentation implements OpenApiCustomizer, Ordered {

    static final String SCHEME = "platformOperator";
    static final String COLLECTION = "/api/v1/establishments";
    static final String ONE = COLLECTION + "/{uai}";
    static final List<String> OPERATOR_ONLY = List.of(COLLECTION, ONE + "/disable", ONE + "/enable");

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 20;
    }

    static boolean declaresOperator(Operation op) {
        return op.getSecurity() != null && op.getSecurity().stream().anyMatch(r -> r.containsKey(SCHEME));
    }

    @Override
    public void customise(OpenAPI api) {
        if (api.getComponents() == null) api.setComponents(new Components());
        api.getComponents().addSecuritySchemes(SCHEME, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .description("The platform operator's secret, whose SHA-256 (lowercase hex) the server is configured with "
                        + "(`agora.platform.operator-key-sha256`). It creates, lists, disables and enables schools and reads "
                        + "nothing of theirs: every school endpoint answers it 403. No operator configured: 401."));
        if (api.getPaths() == null) {
            return;
        }
        OPERATOR_ONLY.forEach(path -> operations(api, path).forEach(op -> op.setSecurity(new ArrayList<>(List.of(operator())))));
        PathItem one = api.getPaths().get(ONE);
        if (one != null && one.getGet() != null) {
            one.getGet().setSecurity(new ArrayList<>(List.of(operator(), new SecurityRequirement().addList(SecurityConfiguration.SCHEME))));
        }
    }

    private static List<Operation> operations(OpenAPI api, String path) {
        PathItem item = api.getPaths().get(path);
        return item == null ? List.of() : item.readOperations();
    }

    private static SecurityRequirement operator() {
        return new SecurityRequirement().addList(SCHEME);
    }
}
