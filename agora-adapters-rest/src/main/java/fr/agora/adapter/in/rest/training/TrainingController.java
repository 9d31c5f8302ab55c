package fr.agora.adapter.in.rest.training;

import fr.agora.adapter.in.rest.training.TrainingDtos.TrainingCostRequest;
import fr.agora.adapter.in.rest.training.TrainingDtos.TrainingCostResponse;
import fr.agora.application.port.in.training.ComputeTrainingCostUseCase;
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
import org.springframework.web.bind.annotation.RestController;

/** Training actions costed and the training budget's variance (docs/personnel.md §3). */
@RestController
@Tag(name = "Training", description = "Cost of training actions, training budget forecast vs actual")
public class TrainingController {

    private final ComputeTrainingCostUseCase cost;
    private final TrainingRestMapper mapper;

    public TrainingController(ComputeTrainingCostUseCase cost, TrainingRestMapper mapper) {
        this.cost = cost;
        this.mapper = mapper;
    }

    @PostMapping("/api/v1/training/cost")
    @Operation(operationId = "computeTrainingCost", summary = "Cost of training actions and budget variance",
            description = "Per action: fees + trainees' wages (monthly gross ÷ 151,67 h × hours, + employer contributions) "
                    + "+ travel + lodging and meals; per trainee and per trainee-hour. Actions with a forecast get their "
                    + "variance (actual − forecast, over the forecast); the total compares every forecast with every cost.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = "application/json", examples = @ExampleObject(name = "plan", summary = "One action, two trainees",
                            value = "{\"actions\":[{\"name\":\"Excel avancé\",\"fees\":1200.00,\"travel\":180.00,\"lodgingAndMeals\":95.50,"
                                    + "\"trainees\":[{\"id\":\"T1\",\"monthlyGross\":2275.00,\"hours\":14,\"employerContributionRate\":42},"
                                    + "{\"id\":\"T2\",\"monthlyGross\":1820.00,\"hours\":14,\"employerContributionRate\":42}],"
                                    + "\"forecast\":1900.00}]}"))))
    @ApiResponse(responseCode = "200", description = "Each action's cost, the variances and the total")
    @ApiResponse(responseCode = "400", description = "Invalid input; the problem names the field",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public TrainingCostResponse computeTrainingCost(@Valid @RequestBody TrainingCostRequest r) {
        return mapper.toResponse(cost.compute(mapper.toCommand(r)));
    }
}
