package fr.agora.adapter.in.rest.depreciation;

import fr.agora.domain.depreciation.DayCount;
import fr.agora.domain.depreciation.DepreciationMethod;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Request and response bodies of {@code /api/v1/depreciation}. */
public final class DepreciationDtos {

    static final String SCHEDULE_EXAMPLE = """
            {"method":"DECLINING_BALANCE","cost":10000,"usefulLifeYears":5,"inServiceDate":"2026-04-15",
             "fiscalYearEnd":"12-31","assetAccount":"2183"}""";

    private DepreciationDtos() {
    }

    public record DepreciationScheduleRequest(@NotNull DepreciationMethod method,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000000000000") @Digits(integer = 13, fraction = 2) BigDecimal cost,
            @NotNull @Min(1) @Max(100) Integer usefulLifeYears,
            @NotNull LocalDate inServiceDate,
            @Schema(description = "MM-DD, 12-31 when absent", example = "12-31") @Pattern(regexp = "\\d{2}-\\d{2}") String fiscalYearEnd,
            @Schema(description = "Straight-line prorata: THIRTY_360 (default) or ACTUAL") DayCount dayCount,
            @Schema(description = "The fixed-asset account; when given each year carries its 6811 / 28… entry", example = "2183")
            @Pattern(regexp = "2[0-7][0-9]{1,6}") String assetAccount) {
    }

    public record DepreciationEntryLineDto(String account, String label, BigDecimal debit, BigDecimal credit) {
    }

    public record DepreciationYearDto(int fiscalYear, LocalDate fiscalYearEnd, BigDecimal base, BigDecimal ratePercent,
            String prorata, BigDecimal annuity, BigDecimal accumulated, BigDecimal netBookValue,
            boolean straightLineSwitch, List<DepreciationEntryLineDto> entry) {
    }

    public record DepreciationScheduleResponse(DepreciationMethod method, BigDecimal cost, int usefulLifeYears,
            BigDecimal rate, BigDecimal coefficient, DayCount dayCount, List<DepreciationYearDto> years,
            BigDecimal total, String rule, String source) {
    }
}
