package fr.agora.adapter.in.rest.finance;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** Request and response bodies of {@code /api/v1/finance}: amounts at the cent (exact JSON decimals). */
public final class FinanceDtos {

    static final String BALANCE_SHEET_EXAMPLE = """
            {"equity":120000,"depreciationAndProvisions":40000,"financialDebts":60000,"grossFixedAssets":180000,
             "inventories":30000,"tradeReceivables":45000,"otherOperatingReceivables":5000,"nonOperatingReceivables":2000,
             "cash":15000,"tradePayables":35000,"taxAndSocialPayables":15000,"nonOperatingPayables":4000,"bankOverdrafts":3000}""";
    static final String SIG_EXAMPLE = """
            {"salesOfGoods":500000,"purchasesOfGoods":300000,"goodsInventoryChange":-10000,"soldProduction":100000,
             "storedProduction":5000,"rawMaterialsPurchases":40000,"rawMaterialsInventoryChange":2000,
             "otherExternalCharges":60000,"operatingSubsidies":3000,"taxes":8000,"personnelCosts":120000,
             "reversalsAndTransfers":1000,"otherOperatingIncome":500,"depreciationAllowances":25000,
             "otherOperatingCharges":1500,"financialIncome":700,"financialCharges":4700,"exceptionalIncome":2000,
             "exceptionalCharges":1000,"incomeTax":15000}""";
    static final String RATIOS_EXAMPLE = """
            {"inventories":30000,"tradeReceivables":48000,"otherReceivables":2000,"cash":20000,"shortTermDebts":50000,
             "equity":150000,"financialDebts":100000,"totalAssets":300000,"netResult":30000,"operatingResult":50000,
             "turnoverExclVat":400000,"salesInclVat":480000,"purchasesInclVat":240000,"tradePayables":40000,"dayBasis":360}""";

    private FinanceDtos() {
    }

    public record FunctionalBalanceSheetRequest(@NotNull @SignedAmount BigDecimal equity,
            @NotNull @Amount BigDecimal depreciationAndProvisions, @NotNull @Amount BigDecimal financialDebts,
            @NotNull @Amount BigDecimal grossFixedAssets, @NotNull @Amount BigDecimal inventories,
            @NotNull @Amount BigDecimal tradeReceivables, @NotNull @Amount BigDecimal otherOperatingReceivables,
            @NotNull @Amount BigDecimal nonOperatingReceivables, @NotNull @Amount BigDecimal cash,
            @NotNull @Amount BigDecimal tradePayables, @NotNull @Amount BigDecimal taxAndSocialPayables,
            @NotNull @Amount BigDecimal nonOperatingPayables, @NotNull @Amount BigDecimal bankOverdrafts) {
    }

    public record FunctionalBalanceSheetResponse(BigDecimal stableResources, BigDecimal stableUses, BigDecimal frng,
            BigDecimal operatingWcr, BigDecimal nonOperatingWcr, BigDecimal wcr, BigDecimal activeCash,
            BigDecimal passiveCash, BigDecimal netCash, BigDecimal totalUses, BigDecimal totalResources,
            boolean identityHolds) {
    }

    public record SigRequest(@Amount BigDecimal salesOfGoods, @Amount BigDecimal purchasesOfGoods,
            @SignedAmount BigDecimal goodsInventoryChange, @Amount BigDecimal soldProduction,
            @SignedAmount BigDecimal storedProduction, @Amount BigDecimal capitalisedProduction,
            @Amount BigDecimal rawMaterialsPurchases, @SignedAmount BigDecimal rawMaterialsInventoryChange,
            @Amount BigDecimal otherExternalCharges, @Amount BigDecimal operatingSubsidies, @Amount BigDecimal taxes,
            @Amount BigDecimal personnelCosts, @Amount BigDecimal reversalsAndTransfers,
            @Amount BigDecimal otherOperatingIncome, @Amount BigDecimal depreciationAllowances,
            @Amount BigDecimal otherOperatingCharges, @Amount BigDecimal financialIncome,
            @Amount BigDecimal financialCharges, @Amount BigDecimal exceptionalIncome,
            @Amount BigDecimal exceptionalCharges, @Amount BigDecimal employeeProfitSharing,
            @Amount BigDecimal incomeTax) {
    }

    public record SigResponse(BigDecimal turnover, BigDecimal commercialMargin, BigDecimal production,
            BigDecimal thirdPartyConsumption, BigDecimal valueAdded, BigDecimal grossOperatingSurplus,
            BigDecimal operatingResult, BigDecimal currentResultBeforeTax, BigDecimal exceptionalResult,
            BigDecimal netResult, BigDecimal totalIncome, BigDecimal totalCharges) {
    }

    public record FinancialRatiosRequest(@NotNull @Amount BigDecimal inventories,
            @NotNull @Amount BigDecimal tradeReceivables, @NotNull @Amount BigDecimal otherReceivables,
            @NotNull @Amount BigDecimal cash, @NotNull @Amount BigDecimal shortTermDebts,
            @NotNull @SignedAmount BigDecimal equity, @NotNull @Amount BigDecimal financialDebts,
            @NotNull @Amount BigDecimal totalAssets, @NotNull @SignedAmount BigDecimal netResult,
            @NotNull @SignedAmount BigDecimal operatingResult, @NotNull @Amount BigDecimal turnoverExclVat,
            @NotNull @Amount BigDecimal salesInclVat, @NotNull @Amount BigDecimal purchasesInclVat,
            @NotNull @Amount BigDecimal tradePayables, @Min(360) @Max(365) Integer dayBasis) {
    }

    public record FinancialRatiosResponse(BigDecimal currentRatio, BigDecimal quickRatio, BigDecimal cashRatio,
            BigDecimal generalSolvency, BigDecimal financialAutonomy, BigDecimal gearing,
            BigDecimal commercialProfitability, BigDecimal returnOnEquity, BigDecimal economicProfitability,
            BigDecimal customerPaymentDays, BigDecimal supplierPaymentDays, int dayBasis) {
    }
}
