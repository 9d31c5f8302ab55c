package fr.agora.adapter.in.rest.depreciation;

import fr.agora.adapter.in.rest.depreciation.DepreciationDtos.DepreciationScheduleRequest;
import fr.agora.adapter.in.rest.depreciation.DepreciationDtos.DepreciationScheduleResponse;
import fr.agora.application.port.in.depreciation.ComputeDepreciationScheduleCommand;
import fr.agora.application.port.in.depreciation.ComputeDepreciationScheduleUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Plans d'amortissement (docs/finance.md §3). */
@RestController
@RequestMapping("/api/v1/depreciation")
@Tag(name = "Amortissements", description = "Linéaire (prorata temporis 30/360) and dégressif (fiscal coefficients) tables")
public class DepreciationController {

    private final ComputeDepreciationScheduleUseCase schedule;
    private final DepreciationRestMapper mapper;

    public DepreciationController(ComputeDepreciationScheduleUseCase schedule, DepreciationRestMapper mapper) {
        this.schedule = schedule;
        this.mapper = mapper;
    }

    @PostMapping("/schedule")
    @Operation(operationId = "computeDepreciationSchedule", summary = "Plan d'amortissement",
            description = "Linéaire: base ÷ n, first annuity prorated in days from the mise en service (30/360 by "
                    + "default, that day included), the (n+1)-th completes the base. Dégressif: rate = 1/n × 1.25 "
                    + "(3–4 years), 1.75 (5–6), 2.25 (> 6); first annuity in months from the 1st of the month; VNC × "
                    + "rate until 1 ÷ remaining years ≥ rate, then linear on the VNC. Each annuity half up at the cent, "
                    + "the last takes what is left. With assetAccount, each year carries its entry 6811 / 28….",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "10 000 €, 5 years dégressif from 15/04", value = DepreciationDtos.SCHEDULE_EXAMPLE))))
    @ApiResponse(responseCode = "200", description = "Rate, coefficient and the years")
    @ApiResponse(responseCode = "400", description = "Invalid input; the problem names the field",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "Dégressif refused: a useful life under 3 years (not-eligible-for-declining-balance)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public DepreciationScheduleResponse computeDepreciationSchedule(@Valid @RequestBody DepreciationScheduleRequest r) {
        return mapper.toResponse(schedule.compute(new ComputeDepreciationScheduleCommand(mapper.toDomain(r))));
    }
}
