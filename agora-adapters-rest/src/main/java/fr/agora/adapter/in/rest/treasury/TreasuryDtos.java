package fr.agora.adapter.in.rest.treasury;

import fr.agora.adapter.in.rest.finance.Amount;
import fr.agora.adapter.in.rest.finance.SignedAmount;
import fr.agora.domain.treasury.CashCount;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/** Request and response bodies of {@code /api/v1/treasury}: amounts at the cent. */
public final class TreasuryDtos {

    static final String BUDGET_EXAMPLE = """
            {"openingBalance":5000,"months":[{"label":"Janvier","receipts":12000,"payments":15000},
             {"label":"Février","receipts":8000,"payments":14500},{"label":"Mars","receipts":16000,"payments":9000}]}""";
    static final String CASH_COUNT_EXAMPLE = """
            {"bookBalance":170.00,"denominations":[{"faceValue":50,"count":2},{"faceValue":20,"count":3},
             {"faceValue":2,"count":4},{"faceValue":0.05,"count":7}]}""";
    static final String CAF_EXAMPLE = """
            {"netResult":50000,"depreciationAllowances":20000,"reversals":5000,"bookValueOfAssetsSold":8000,
             "proceedsOfAssetsSold":10000,"investmentSubsidiesReleased":2000,"dividends":15000}""";

    private TreasuryDtos() {
    }

    public record CashBudgetMonthDto(@NotBlank @Size(max = 40) String label, @NotNull @Amount BigDecimal receipts,
            @NotNull @Amount BigDecimal payments) {
    }

    public record CashBudgetRequest(@NotNull @SignedAmount BigDecimal openingBalance,
            @NotNull @Size(min = 1, max = 120) List<@Valid @NotNull CashBudgetMonthDto> months) {
    }

    public record CashBudgetMonthPositionDto(String label, BigDecimal openingBalance, BigDecimal receipts,
            BigDecimal payments, BigDecimal net, BigDecimal closingBalance, boolean negative) {
    }

    public record CashBudgetResponse(BigDecimal openingBalance, List<CashBudgetMonthPositionDto> months,
            BigDecimal totalReceipts, BigDecimal totalPayments, BigDecimal closingBalance, BigDecimal financingNeed,
            String firstNegativeMonth, List<String> alerts) {
    }

    public record CashDenominationDto(@NotNull @Digits(integer = 3, fraction = 2) BigDecimal faceValue,
            @Min(0) @Max(1_000_000) int count) {
    }

    public record CashCountRequest(@NotNull @Amount BigDecimal bookBalance,
            @Size(max = 15) List<@Valid @NotNull CashDenominationDto> denominations, @Amount BigDecimal countedAmount) {
    }

    public record TreasuryEntryLineDto(String account, String label, BigDecimal debit, BigDecimal credit) {
    }

    public record CashCountResponse(BigDecimal bookBalance, BigDecimal counted, BigDecimal difference,
            CashCount.Outcome outcome, List<TreasuryEntryLineDto> entry) {
    }

    public record CafRequest(@NotNull @SignedAmount BigDecimal netResult, @Amount BigDecimal depreciationAllowances,
            @Amount BigDecimal reversals, @Amount BigDecimal bookValueOfAssetsSold, @Amount BigDecimal proceedsOfAssetsSold,
            @Amount BigDecimal investmentSubsidiesReleased, @Amount BigDecimal dividends) {
    }

    public record CafResponse(BigDecimal netResult, BigDecimal nonCashCharges, BigDecimal nonCashProducts,
            BigDecimal caf, BigDecimal selfFinancing, String rule) {
    }
}
