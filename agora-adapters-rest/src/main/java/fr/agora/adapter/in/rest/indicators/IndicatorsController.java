package fr.agora.adapter.in.rest.indicators;

import fr.agora.adapter.in.rest.indicators.IndicatorsDtos.CommercialIndicatorsRequest;
import fr.agora.adapter.in.rest.indicators.IndicatorsDtos.CommercialIndicatorsResponse;
import fr.agora.adapter.in.rest.indicators.IndicatorsDtos.HrIndicatorsRequest;
import fr.agora.adapter.in.rest.indicators.IndicatorsDtos.HrIndicatorsResponse;
import fr.agora.application.port.in.indicators.ComputeCommercialIndicatorsUseCase;
import fr.agora.application.port.in.indicators.ComputeHrIndicatorsUseCase;
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

/** HR and commercial dashboards (tableaux de bord), as series ready to chart (docs/personnel.md §4–5). */
@RestController
@RequestMapping("/api/v1/indicators")
@Tag(name = "Indicators", description = "HR and commercial dashboards")
public class IndicatorsController {

    private final ComputeHrIndicatorsUseCase hr;
    private final ComputeCommercialIndicatorsUseCase commercial;
    private final IndicatorsRestMapper mapper;

    public IndicatorsController(ComputeHrIndicatorsUseCase hr, ComputeCommercialIndicatorsUseCase commercial,
            IndicatorsRestMapper mapper) {
        this.hr = hr;
        this.commercial = commercial;
        this.mapper = mapper;
    }

    @PostMapping("/hr")
    @Operation(operationId = "computeHrIndicators", summary = "HR indicators of a period",
            description = "Headcount at the start and end dates and on each month end (average = their mean), FTE, "
                    + "turnover ((entries + exits) / 2 / headcount at start), absenteeism (absence hours / theoretical "
                    + "hours, both on jours ouvrés × weekly hours / 5; the basis is returned), work-accident frequency "
                    + "and severity rates, age pyramid by gender, seniority bands, gender equality basics.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = "application/json", examples = @ExampleObject(name = "month", summary = "Two people, one sick week",
                            value = "{\"from\":\"2026-03-01\",\"to\":\"2026-03-31\",\"staff\":["
                                    + "{\"id\":\"S1\",\"gender\":\"FEMALE\",\"birthDate\":\"1985-01-01\",\"hireDate\":\"2020-01-01\",\"weeklyHours\":35,\"monthlyGross\":2100.00},"
                                    + "{\"id\":\"S2\",\"gender\":\"MALE\",\"birthDate\":\"1999-07-14\",\"hireDate\":\"2026-03-16\",\"weeklyHours\":24}],"
                                    + "\"absences\":[{\"memberId\":\"S1\",\"kind\":\"SICKNESS\",\"from\":\"2026-03-09\",\"to\":\"2026-03-13\"}]}"))))
    @ApiResponse(responseCode = "200", description = "The indicators and series to chart")
    @ApiResponse(responseCode = "400", description = "Invalid input; the problem names the field",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public HrIndicatorsResponse computeHrIndicators(@Valid @RequestBody HrIndicatorsRequest r) {
        return mapper.toResponse(hr.compute(mapper.toCommand(r)));
    }

    @PostMapping("/commercial")
    @Operation(operationId = "computeCommercialIndicators", summary = "Commercial indicators from sales and quotes",
            description = "Turnover (HT) by customer type and product, margins, margin rate (margin / cost) and markup rate "
                    + "(margin / turnover), average basket (turnover / orders), quote conversion, monthly series, and the "
                    + "reference month's change on the month before and the same month a year before.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = "application/json", examples = @ExampleObject(name = "sales", summary = "Three orders",
                            value = "{\"sales\":[{\"date\":\"2026-02-05\",\"orderId\":\"O2\",\"customerType\":\"PART\",\"product\":\"Chaise\",\"quantity\":2,\"unitPrice\":60.00,\"unitCost\":30.00},"
                                    + "{\"date\":\"2026-03-03\",\"orderId\":\"O3\",\"customerType\":\"PRO\",\"product\":\"Bureau\",\"quantity\":1,\"unitPrice\":400.00,\"unitCost\":250.00},"
                                    + "{\"date\":\"2026-03-20\",\"orderId\":\"O4\",\"customerType\":\"PART\",\"product\":\"Lampe\",\"quantity\":3,\"unitPrice\":33.33,\"unitCost\":20.00}],"
                                    + "\"quotes\":[{\"id\":\"D1\",\"date\":\"2026-02-01\",\"status\":\"ACCEPTED\"},{\"id\":\"D2\",\"date\":\"2026-02-10\",\"status\":\"REFUSED\"}],"
                                    + "\"referenceMonth\":\"2026-03\"}"))))
    @ApiResponse(responseCode = "200", description = "The indicators and series to chart")
    @ApiResponse(responseCode = "400", description = "Invalid input; the problem names the field",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public CommercialIndicatorsResponse computeCommercialIndicators(@Valid @RequestBody CommercialIndicatorsRequest r) {
        return mapper.toResponse(commercial.compute(mapper.toCommand(r)));
    }
}
