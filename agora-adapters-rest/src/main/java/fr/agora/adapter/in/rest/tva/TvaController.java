package fr.agora.adapter.in.rest.tva;

import fr.agora.adapter.in.rest.tva.TvaDtos.Ca12Request;
import fr.agora.adapter.in.rest.tva.TvaDtos.Ca12Response;
import fr.agora.adapter.in.rest.tva.TvaDtos.Ca3Request;
import fr.agora.adapter.in.rest.tva.TvaDtos.Ca3Response;
import fr.agora.adapter.in.rest.tva.TvaDtos.TvaConvertRequest;
import fr.agora.adapter.in.rest.tva.TvaDtos.TvaConvertResponse;
import fr.agora.adapter.in.rest.tva.TvaDtos.FranchiseRequest;
import fr.agora.adapter.in.rest.tva.TvaDtos.FranchiseResponse;
import fr.agora.adapter.in.rest.tva.TvaDtos.MarginVatRequest;
import fr.agora.adapter.in.rest.tva.TvaDtos.MarginVatResponse;
import fr.agora.adapter.in.rest.tva.TvaDtos.VatDeductionRequest;
import fr.agora.adapter.in.rest.tva.TvaDtos.VatDeductionResponse;
import fr.agora.application.port.in.tva.AssessFranchiseCommand;
import fr.agora.application.port.in.tva.AssessFranchiseUseCase;
import fr.agora.application.port.in.tva.AssessVatDeductionCommand;
import fr.agora.application.port.in.tva.AssessVatDeductionUseCase;
import fr.agora.application.port.in.tva.ComputeMarginVatCommand;
import fr.agora.application.port.in.tva.ComputeMarginVatUseCase;
import fr.agora.application.port.in.tva.ComputeCa12Command;
import fr.agora.application.port.in.tva.ConvertVatCommand;
import fr.agora.application.port.in.tva.ComputeCa12UseCase;
import fr.agora.application.port.in.tva.ComputeCa3UseCase;
import fr.agora.application.port.in.tva.ConvertVatUseCase;
import fr.agora.domain.shared.Money;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Stateless TVA computations: conversion, CA3, CA12, franchise en base. */
@RestController
@RequestMapping("/api/v1/tva")
@Tag(name = "TVA", description = "HT↔TTC, CA3 and CA12 returns, franchise en base")
public class TvaController {

    private final ConvertVatUseCase convert;
    private final ComputeCa3UseCase ca3;
    private final ComputeCa12UseCase ca12;
    private final AssessFranchiseUseCase franchise;
    private final ComputeMarginVatUseCase margin;
    private final AssessVatDeductionUseCase deduction;
    private final TvaRestMapper mapper;

    public TvaController(ConvertVatUseCase convert, ComputeCa3UseCase ca3, ComputeCa12UseCase ca12,
            AssessFranchiseUseCase franchise, ComputeMarginVatUseCase margin, AssessVatDeductionUseCase deduction,
            TvaRestMapper mapper) {
        this.convert = convert;
        this.ca3 = ca3;
        this.ca12 = ca12;
        this.franchise = franchise;
        this.margin = margin;
        this.deduction = deduction;
        this.mapper = mapper;
    }

    @PostMapping("/convert")
    @Operation(operationId = "convertVat", summary = "Convert HT ↔ TTC at a dated rate",
            description = "From HT: TVA = HT × rate rounded half-up to the cent, TTC = HT + TVA. From TTC: HT = TTC ÷ (1 + rate) "
                    + "rounded half-up to the cent, TVA = TTC − HT. The rule applied is returned.")
    @ApiResponse(responseCode = "200", description = "The three amounts")
    @ApiResponse(responseCode = "400", description = "Invalid input or unknown rate; the problem names the field",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public TvaConvertResponse convert(@Valid @RequestBody TvaConvertRequest r) {
        return mapper.toResponse(convert.convert(new ConvertVatCommand(Money.of(r.amount()), r.vatRate(), r.from(), r.date())));
    }

    @PostMapping("/returns/ca3")
    @Operation(operationId = "computeCa3Return", summary = "Compute a 3310-CA3 return (réel normal)",
            description = "From the period's operations and their exigibilité; boxes keyed by the official line codes "
                    + "(exempt lines at 0 % with their exemption on E1, E2, F2; F8 when negative), "
                    + "rounded to the euro (half up); negative periods on lines 15, 21 and B5; the rounding difference and "
                    + "its account (658/758).")
    @ApiResponse(responseCode = "200", description = "The return")
    @ApiResponse(responseCode = "400", description = "Invalid input or unknown rate; the problem names the field",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public Ca3Response ca3(@Valid @RequestBody Ca3Request r) {
        return mapper.toResponse(ca3.compute(mapper.toCommand(r)));
    }

    @PostMapping("/returns/ca12")
    @Operation(operationId = "computeCa12", summary = "CA12 instalments and balance (réel simplifié)",
            description = "July 55 % and December 40 % of the previous year's TVA (none under 1 000 €), and the annual balance; "
                    + "whole euros, half up.")
    @ApiResponse(responseCode = "200", description = "Instalments and balance")
    @ApiResponse(responseCode = "400", description = "Invalid input; the problem names the field",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public Ca12Response ca12(@Valid @RequestBody Ca12Request r) {
        return mapper.toResponse(ca12.compute(new ComputeCa12Command(r.year(), Money.of(r.previousYearVat()),
                Money.of(r.currentYearVat()))));
    }

    @PostMapping("/franchise")
    @Operation(operationId = "assessFranchise", summary = "Franchise en base status",
            description = "From the turnover of N-1 and of N, with the dated thresholds per activity and their source.")
    @ApiResponse(responseCode = "200", description = "Status, thresholds and source")
    @ApiResponse(responseCode = "400", description = "Invalid input; the problem names the field",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public FranchiseResponse franchise(@Valid @RequestBody FranchiseRequest r) {
        return mapper.toResponse(franchise.assess(new AssessFranchiseCommand(r.activity(), r.date(),
                Money.of(r.previousYearTurnover()), Money.of(r.currentYearTurnover()))));
    }

    @PostMapping("/margin")
    @Operation(operationId = "computeMarginVat", summary = "TVA sur la marge (second-hand goods, travel agencies)",
            description = "Margin TTC = sale price − costs; TVA = margin × rate / (1 + rate), half up to the cent; a margin "
                    + "≤ 0 carries no TVA; the invoice shows no TVA and carries the regime's mention (CGI art. 297 A, "
                    + "297 E, 266-1-e; ann. II art. 242 nonies A).")
    @ApiResponse(responseCode = "200", description = "The margin, the TVA included in it, the mention")
    @ApiResponse(responseCode = "400", description = "Invalid input or unknown rate; the problem names the field",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public MarginVatResponse margin(@Valid @RequestBody MarginVatRequest r) {
        return mapper.toResponse(margin.compute(new ComputeMarginVatCommand(r.regime(), Money.of(r.salePrice()),
                Money.of(r.costs()), r.vatRate(), r.date())));
    }

    @PostMapping("/deductible")
    @Operation(operationId = "assessVatDeduction", summary = "Deductible part of a purchase's TVA",
            description = "Exclusions (vehicles carrying people, staff lodging, gifts above the dated threshold per "
                    + "beneficiary and year: 73 € TTC since 2021) and the coefficient de déduction = assujettissement × "
                    + "taxation × admission, each rounded up at the second decimal (CGI ann. II art. 206).")
    @ApiResponse(responseCode = "200", description = "Deductible and non-deductible TVA, coefficients, reason and source")
    @ApiResponse(responseCode = "400", description = "Invalid input; the problem names the field",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public VatDeductionResponse deductible(@Valid @RequestBody VatDeductionRequest r) {
        return mapper.toResponse(deduction.assess(new AssessVatDeductionCommand(r.expense(), Money.of(r.vat()),
                r.giftValueInclVat() == null ? null : Money.of(r.giftValueInclVat()), r.date(), r.subjection(), r.taxation(),
                r.turnoverWithDeductionRight() == null ? null : Money.of(r.turnoverWithDeductionRight()),
                r.totalTurnover() == null ? null : Money.of(r.totalTurnover()))));
    }
}
