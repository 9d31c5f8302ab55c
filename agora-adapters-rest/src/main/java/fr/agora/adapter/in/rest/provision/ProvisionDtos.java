package fr.agora.adapter.in.rest.provision;

import fr.agora.adapter.in.rest.finance.Amount;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/** Request and response bodies of {@code /api/v1/provisions}: amounts at the cent, rates in per cent. */
public final class ProvisionDtos {

    static final String DOUBTFUL_EXAMPLE = """
            {"receivables":[{"customer":"Durand","amountInclVat":2400,"vatRate":20,"lossRate":60,"previousProvision":800},
             {"customer":"Martin","amountInclVat":1200,"vatRate":20,"lossRate":25,"previousProvision":500}]}""";
    static final String STOCK_EXAMPLE = """
            {"items":[{"stockAccount":"37","grossValue":10000,"currentValue":8500,"previousDepreciation":0}]}""";

    private ProvisionDtos() {
    }

    public record DoubtfulReceivableDto(@NotBlank @Size(max = 100) String customer, @NotNull @Amount BigDecimal amountInclVat,
            @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal vatRate,
            @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal lossRate,
            @Amount BigDecimal previousProvision) {
    }

    public record DoubtfulReceivablesRequest(
            @NotNull @Size(min = 1, max = 1000) List<@Valid @NotNull DoubtfulReceivableDto> receivables) {
    }

    public record ProvisionEntryLineDto(String account, String label, BigDecimal debit, BigDecimal credit) {
    }

    public record DoubtfulReceivableLineDto(String customer, BigDecimal amountInclVat, BigDecimal amountExclVat,
            BigDecimal lossRate, BigDecimal provision, BigDecimal previousProvision, BigDecimal increase,
            BigDecimal decrease) {
    }

    public record DoubtfulReceivablesResponse(List<DoubtfulReceivableLineDto> lines, BigDecimal totalProvision,
            BigDecimal totalIncrease, BigDecimal totalDecrease, List<ProvisionEntryLineDto> entry) {
    }

    public record StockDepreciationItemDto(@NotNull @Pattern(regexp = "3[1-7][0-9]{0,6}") String stockAccount,
            @NotNull @Amount BigDecimal grossValue, @NotNull @Amount BigDecimal currentValue,
            @Amount BigDecimal previousDepreciation) {
    }

    public record StockDepreciationRequest(
            @NotNull @Size(min = 1, max = 1000) List<@Valid @NotNull StockDepreciationItemDto> items) {
    }

    public record StockDepreciationLineDto(String stockAccount, String depreciationAccount, BigDecimal grossValue,
            BigDecimal currentValue, BigDecimal depreciation, BigDecimal previousDepreciation, BigDecimal increase,
            BigDecimal decrease, BigDecimal netValue) {
    }

    public record StockDepreciationResponse(List<StockDepreciationLineDto> lines, BigDecimal totalDepreciation,
            List<ProvisionEntryLineDto> entry) {
    }
}
