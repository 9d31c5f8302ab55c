package fr.agora.adapter.in.rest.health;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Liveness: answers as soon as the server takes requests. Also the benchmarks' trivial baseline endpoint. */
@RestController
@Tag(name = "Health")
public class HealthController {

    private static final Map<String, String> UP = Map.of("status", "UP");

    @GetMapping("/api/v1/health")
    @Operation(operationId = "getHealth", summary = "Liveness probe", description = "Always {\"status\":\"UP\"} once the server is started.")
    public Map<String, String> health() {
        return UP;
    }
}
