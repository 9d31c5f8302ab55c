package fr.agora.adapter.in.rest.config;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/**
 * A handler that returns {@code ResponseEntity<Void>} answers without a body: 204 (the erasure of a student, the
 * revocation of a key, the deletion of a webhook endpoint). Springdoc documents every handler with "200 OK" unless told
 * otherwise; this says 204 once for all of them, instead of an annotation each controller could forget.
 * {@code DocumentedStatusesApiTest} proves the status is the one answered.
 */
@Component
public class NoContentOperationCustomizer implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        if (!answersNoBody(handler)) {
            return operation;
        }
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        ApiResponse ok = responses.get("200");
        if (ok != null && "OK".equals(ok.getDescription())) {
            responses.remove("200");
        }
        if (!responses.containsKey("204")) {
            responses.addApiResponse("204", new ApiResponse().description("Done; no body"));
        }
        operation.setResponses(responses);
        return operation;
    }

    private static boolean answersNoBody(HandlerMethod handler) {
        Type type = handler.getMethod().getGenericReturnType();
        return type instanceof ParameterizedType p && p.getRawType() == ResponseEntity.class
                && p.getActualTypeArguments()[0] == Void.class;
    }
}
