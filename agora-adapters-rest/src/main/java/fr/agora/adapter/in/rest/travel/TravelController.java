package fr.agora.adapter.in.rest.travel;

import fr.agora.adapter.in.rest.travel.TravelDtos.ExpenseClaimRequest;
import fr.agora.adapter.in.rest.travel.TravelDtos.ExpenseClaimResponse;
import fr.agora.adapter.in.rest.travel.TravelDtos.MileageAllowanceRequest;
import fr.agora.adapter.in.rest.travel.TravelDtos.MileageAllowanceResponse;
import fr.agora.application.port.in.travel.CheckExpenseClaimUseCase;
import fr.agora.application.port.in.travel.ComputeMileageAllowanceUseCase;
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

/** Travel: indemnités kilométriques and expense claims (docs/personnel.md §2). */
@RestController
@RequestMapping("/api/v1/travel")
@Tag(name = "Travel", description = "Mileage allowances (barème kilométrique), expense claims against the URSSAF limits")
public class TravelController {

    private final ComputeMileageAllowanceUseCase mileage;
    private final CheckExpenseClaimUseCase expenses;
    private final TravelRestMapper mapper;

    public TravelController(ComputeMileageAllowanceUseCase mileage, CheckExpenseClaimUseCase expenses, TravelRestMapper mapper) {
        this.mileage = mileage;
        this.expenses = expenses;
        this.mapper = mapper;
    }

    @PostMapping("/mileage-allowance")
    @Operation(operationId = "computeMileageAllowance", summary = "Mileage allowance from the fiscal barème",
            description = "d × rate (+ fixed amount in the middle bracket) for the vehicle's line, +20 % if electric, "
                    + "rounded half up to the cent; the line, bracket and formula applied are returned.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = "application/json", examples = {
                            @ExampleObject(name = "car", summary = "12 000 km, 5 CV (adcf.org: 5 679 €)",
                                    value = "{\"year\":2025,\"vehicle\":\"CAR\",\"fiscalHorsepower\":5,\"distanceKm\":12000,\"electric\":false}"),
                            @ExampleObject(name = "moped", summary = "2 000 km by moped",
                                    value = "{\"year\":2025,\"vehicle\":\"MOPED\",\"distanceKm\":2000}")})))
    @ApiResponse(responseCode = "200", description = "The allowance and how it was computed")
    @ApiResponse(responseCode = "400", description = "Invalid input or no barème for the year; the problem names the field",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public MileageAllowanceResponse computeMileageAllowance(@Valid @RequestBody MileageAllowanceRequest r) {
        return mapper.toResponse(mileage.compute(mapper.toCommand(r)));
    }

    @PostMapping("/expense-claims")
    @Operation(operationId = "checkExpenseClaim", summary = "Expense claim against the URSSAF allowance limits",
            description = "Per line: exempt = quantity × min(amount per unit, limit in force on the date), re-integrated = "
                    + "paid − exempt (subject to contributions); transport and other expenses on receipts are exempt in "
                    + "full. With a forecast per category, the trip's forecast vs actual variance.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = "application/json", examples = @ExampleObject(name = "trip", summary = "Two days in Paris",
                            value = "{\"date\":\"2026-03-10\",\"items\":[{\"type\":\"MEAL_AT_RESTAURANT\",\"quantity\":3,\"amountPerUnit\":25.00},"
                                    + "{\"type\":\"LODGING_PARIS\",\"quantity\":2,\"amountPerUnit\":70.00},"
                                    + "{\"type\":\"TRANSPORT\",\"quantity\":1,\"amountPerUnit\":84.30}],"
                                    + "\"forecast\":[{\"category\":\"MEALS\",\"amount\":60.00},{\"category\":\"LODGING\",\"amount\":160.00},"
                                    + "{\"category\":\"TRANSPORT\",\"amount\":90.00}]}"))))
    @ApiResponse(responseCode = "200", description = "Paid, exempt and re-integrated, per line and in total")
    @ApiResponse(responseCode = "400", description = "Invalid input or no limits for the date; the problem names the field",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public ExpenseClaimResponse checkExpenseClaim(@Valid @RequestBody ExpenseClaimRequest r) {
        return mapper.toResponse(expenses.check(mapper.toCommand(r)));
    }
}
