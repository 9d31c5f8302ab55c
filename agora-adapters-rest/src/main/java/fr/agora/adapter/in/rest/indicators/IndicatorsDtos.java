package fr.agora.adapter.in.rest.indicators;

import fr.agora.domain.indicators.AbsenceKind;
import fr.agora.domain.indicators.Gender;
import fr.agora.domain.indicators.Quote;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** Request and response bodies of {@code /api/v1/indicators}. Rates are percentages with two decimals. */
public final class IndicatorsDtos {

    private IndicatorsDtos() {
    }

    // ---- HR

    public record HrStaffMemberRequest(
            @NotBlank @Size(max = 64) String id,
            @NotNull Gender gender,
            @NotNull @Schema(example = "1985-01-01") LocalDate birthDate,
            @NotNull @Schema(example = "2020-01-01") LocalDate hireDate,
            @Schema(description = "Last day present; absent while still employed") LocalDate exitDate,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("48") @Digits(integer = 2, fraction = 2)
            @Schema(description = "Contract hours a week (35 = full time)", example = "35") BigDecimal weeklyHours,
            @PositiveOrZero @Digits(integer = 7, fraction = 2) @Schema(example = "2100.00") BigDecimal monthlyGross) {
    }

    public record HrAbsenceRequest(
            @NotBlank @Size(max = 64) String memberId,
            @NotNull AbsenceKind kind,
            @NotNull @Schema(example = "2026-03-09") LocalDate from,
            @NotNull @Schema(example = "2026-03-16") LocalDate to) {
    }

    public record HrIndicatorsRequest(
            @NotNull @Schema(example = "2026-03-01") LocalDate from,
            @NotNull @Schema(example = "2026-03-31") LocalDate to,
            @NotNull @Size(max = 20_000) List<@NotNull @Valid HrStaffMemberRequest> staff,
            @Size(max = 200_000) List<@NotNull @Valid HrAbsenceRequest> absences) {
    }

    public record IndicatorChartSeriesDto(String name, String unit, List<String> labels, List<BigDecimal> values) {
    }

    public record HrTurnoverDto(int entries, int exits, BigDecimal entryRate, BigDecimal exitRate, BigDecimal turnoverRate,
            String formula) {
    }

    public record HrAbsenteeismDto(BigDecimal theoreticalHours, BigDecimal absenceHours, BigDecimal rate,
            Map<AbsenceKind, BigDecimal> hoursByKind, String basis) {
    }

    public record HrWorkAccidentsDto(int accidents, long daysLost, BigDecimal hoursWorked, BigDecimal frequencyRate,
            BigDecimal severityRate) {
    }

    public record HrGenderEqualityDto(int women, int men, BigDecimal womenShare, BigDecimal averageGrossWomen,
            BigDecimal averageGrossMen, BigDecimal payGapPercent) {
    }

    public record HrIndicatorsResponse(LocalDate from, LocalDate to, int headcountAtStart, int headcountAtEnd,
            BigDecimal averageHeadcount, String averageHeadcountBasis, BigDecimal fteAtEnd, HrTurnoverDto turnover,
            HrAbsenteeismDto absenteeism, HrWorkAccidentsDto workAccidents, HrGenderEqualityDto genderEquality,
            IndicatorChartSeriesDto headcountByMonth, IndicatorChartSeriesDto absenteeismRateByMonth,
            List<IndicatorChartSeriesDto> agePyramid, IndicatorChartSeriesDto seniorityBands) {
    }

    // ---- commercial

    public record CommercialSaleRequest(
            @NotNull @Schema(example = "2026-03-03") LocalDate date,
            @NotBlank @Size(max = 64) @Schema(example = "O3") String orderId,
            @NotBlank @Size(max = 64) @Schema(example = "PRO") String customerType,
            @NotBlank @Size(max = 120) @Schema(example = "Bureau") String product,
            @NotNull @Digits(integer = 9, fraction = 3) @Schema(description = "Negative for a return", example = "1") BigDecimal quantity,
            @NotNull @PositiveOrZero @Digits(integer = 9, fraction = 2) @Schema(example = "400.00") BigDecimal unitPrice,
            @NotNull @PositiveOrZero @Digits(integer = 9, fraction = 2) @Schema(example = "250.00") BigDecimal unitCost) {
    }

    public record CommercialQuoteRequest(@NotBlank @Size(max = 64) String id, @NotNull LocalDate date,
            @NotNull Quote.Status status) {
    }

    public record CommercialIndicatorsRequest(
            @NotNull @Size(max = 100_000) List<@NotNull @Valid CommercialSaleRequest> sales,
            @Size(max = 100_000) List<@NotNull @Valid CommercialQuoteRequest> quotes,
            @Schema(description = "Month compared with the month before and a year before; the last month with sales when absent",
                    type = "string", example = "2026-03") YearMonth referenceMonth) {
    }

    public record CommercialBreakdownDto(String key, BigDecimal turnover, BigDecimal sharePercent, BigDecimal margin,
            BigDecimal marginRate, BigDecimal markupRate) {
    }

    public record CommercialQuoteConversionDto(int issued, int accepted, int refused, int pending, BigDecimal conversionRate,
            BigDecimal conversionRateOfDecided) {
    }

    public record CommercialChangeDto(@Schema(type = "string", example = "2026-03") YearMonth month, BigDecimal turnover,
            @Schema(type = "string", example = "2026-02") YearMonth previousMonth, BigDecimal previousTurnover,
            BigDecimal changePercent) {
    }

    public record CommercialIndicatorsResponse(BigDecimal turnover, BigDecimal cost, BigDecimal margin, BigDecimal marginRate,
            BigDecimal markupRate, int orders, BigDecimal averageBasket, List<CommercialBreakdownDto> byCustomerType,
            List<CommercialBreakdownDto> byProduct, CommercialQuoteConversionDto quotes,
            IndicatorChartSeriesDto turnoverByMonth, IndicatorChartSeriesDto marginByMonth,
            CommercialChangeDto monthOnMonth, CommercialChangeDto yearOnYear) {
    }
}
