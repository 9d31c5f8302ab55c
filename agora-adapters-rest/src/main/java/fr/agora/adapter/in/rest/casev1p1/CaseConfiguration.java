package fr.agora.adapter.in.rest.casev1p1;

import fr.agora.application.port.in.casev1p1.ExportCaseUseCase;
import fr.agora.application.port.in.referentiel.FindReferentielUseCase;
import fr.agora.application.service.casev1p1.ExportCaseService;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.GetMapping;

/** Wires the CASE export (plain Java) to the published référentiel versions. */
@Configuration(proxyBeanMethods = false)
public class CaseConfiguration {

    /**
     * The responses every CASE read shares, documented once instead of on each operation: 304 (If-None-Match), and for
     * a read by identifier 400 (not a UUID) and 404 ({@code unknown-case-object}, naming the CASE type of the path).
     */
    @Bean
    OperationCustomizer caseSharedResponses() {
        return (operation, handler) -> {
            if (!CaseController.class.equals(handler.getBeanType())) return operation;
            ApiResponses responses = operation.getResponses();
            responses.addApiResponse("304", new ApiResponse().description("Not modified (If-None-Match matched the ETag)"));
            String[] paths = handler.getMethodAnnotation(GetMapping.class).value();
            if (paths.length == 1 && paths[0].endsWith("/{sourcedId}")) {
                String collection = paths[0].substring(1, paths[0].indexOf('/', 1)); // CFItems
                String type = collection.substring(0, collection.length() - 1);      // CFItem
                responses.addApiResponse("400", problem("sourcedId is not a UUID"));
                responses.addApiResponse("404", problem("No " + type + " has this identifier (problem type unknown-case-object)"));
            }
            return operation;
        };
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description)
                .content(new Content().addMediaType("application/problem+json", new MediaType()));
    }

    @Bean
    ExportCaseUseCase exportCaseUseCase(FindReferentielUseCase referentiels) {
        return new ExportCaseService(referentiels);
    }
}
