package fr.agora.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.application.port.in.depreciation.ComputeDepreciationScheduleCommand;
import fr.agora.application.port.in.finance.ComputeFinancialRatiosCommand;
import fr.agora.application.port.in.finance.ComputeFunctionalBalanceSheetCommand;
import fr.agora.application.port.in.finance.ComputeIntermediateBalancesCommand;
import fr.agora.application.port.in.provision.ComputeDoubtfulReceivablesProvisionCommand;
import fr.agora.application.port.in.provision.ComputeStockDepreciationCommand;
import fr.agora.application.port.in.stock.ComputePurchaseCostCommand;
import fr.agora.application.port.in.stock.ComputeStockLedgerCommand;
import fr.agora.application.port.in.stock.ComputeStockRotationCommand;
import fr.agora.application.port.in.stock.PlanReplenishmentCommand;
import fr.agora.application.port.in.treasury.CheckCashCountCommand;
import fr.agora.application.port.in.treasury.ComputeCashBudgetCommand;
import fr.agora.application.port.in.treasury.ComputeSelfFinancingCapacityCommand;
import fr.agora.application.service.depreciation.ComputeDepreciationScheduleService;
import fr.agora.application.service.finance.ComputeFinancialRatiosService;
import fr.agora.application.service.finance.ComputeFunctionalBalanceSheetService;
import fr.agora.application.service.finance.ComputeIntermediateBalancesService;
import fr.agora.application.service.provision.ComputeDoubtfulReceivablesProvisionService;
import fr.agora.application.service.provision.ComputeStockDepreciationService;
import fr.agora.application.service.stock.ComputePurchaseCostService;
import fr.agora.application.service.stock.ComputeStockLedgerService;
import fr.agora.application.service.stock.ComputeStockRotationService;
import fr.agora.application.service.stock.PlanReplenishmentService;
import fr.agora.application.service.treasury.CheckCashCountService;
import fr.agora.application.service.treasury.ComputeCashBudgetService;
import fr.agora.application.service.treasury.ComputeSelfFinancingCapacityService;
import fr.agora.domain.depreciation.DepreciationMethod;
import fr.agora.domain.depreciation.DepreciationRequest;
import fr.agora.domain.finance.FinancialRatios;
import fr.agora.domain.finance.FunctionalBalanceSheet;
import fr.agora.domain.finance.IntermediateBalances;
import fr.agora.domain.provision.DoubtfulReceivables;
import fr.agora.domain.provision.StockDepreciation;
import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Money;
import fr.agora.domain.stock.PurchaseCost;
import fr.agora.domain.stock.Replenishment;
import fr.agora.domain.stock.StockLedgerRequest;
import fr.agora.domain.stock.StockMovement;
import fr.agora.domain.stock.StockOpening;
import fr.agora.domain.stock.StockRotation;
import fr.agora.domain.stock.ValuationMethod;
import fr.agora.domain.treasury.CashBudget;
import fr.agora.domain.treasury.SelfFinancingCapacity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each finance use case answers through its in-port with the domain's figures; commands refuse missing data. */
class FinanceUseCasesTest {

    private static Money m(String s) {
        return Money.of(s);
    }

    private static BigDecimal b(String s) {
        return new BigDecimal(s);
    }

    @Test
    void stock_use_cases() {
        // 10 @ 2 = 20; + 10 @ 4 = 40 → 20 units, 60, CMUP 3
        var ledger = new ComputeStockLedgerService().compute(new ComputeStockLedgerCommand(StockLedgerRequest.of(
                ValuationMethod.CMUP_PER_RECEIPT, StockOpening.of("10", "2"),
                List.of(StockMovement.in(LocalDate.of(2026, 1, 2), "10", "4")))));
        assertThat(ledger.closing().averageCost()).isEqualByComparingTo("3");
        assertThat(new PlanReplenishmentService().plan(new PlanReplenishmentCommand(new Replenishment.Request(b("5"),
                b("4"), b("10"), b("30"), null, null, null, null, null, null))).shouldOrder()).isTrue();
        assertThat(new ComputeStockRotationService().compute(new ComputeStockRotationCommand(new StockRotation.Request(
                b("1200"), b("100"), b("100"), null))).turnover()).isEqualByComparingTo("12");
        assertThat(new ComputePurchaseCostService().compute(new ComputePurchaseCostCommand(new PurchaseCost.Request(
                b("2"), b("10"), null, b("1"), null))).purchaseCost()).isEqualTo(m("21"));
        assertThatThrownBy(() -> new ComputeStockLedgerCommand(null)).isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("field", "request");
    }

    @Test
    void depreciation_treasury_provision_and_finance_use_cases() {
        assertThat(new ComputeDepreciationScheduleService().compute(new ComputeDepreciationScheduleCommand(
                DepreciationRequest.of(DepreciationMethod.STRAIGHT_LINE, "300", 3, LocalDate.of(2026, 1, 1))))
                .years()).hasSize(3);
        assertThat(new ComputeCashBudgetService().compute(new ComputeCashBudgetCommand(m("0"),
                List.of(CashBudget.Month.of("J", "0", "10")))).financingNeed()).isEqualTo(m("10"));
        assertThat(new CheckCashCountService().check(new CheckCashCountCommand(m("10"), null, m("9"))).difference())
                .isEqualTo(m("-1"));
        assertThat(new ComputeSelfFinancingCapacityService().compute(new ComputeSelfFinancingCapacityCommand(
                new SelfFinancingCapacity.Input(m("10"), m("5"), m("0"), m("0"), m("0"), m("0"), m("0")))).caf())
                .isEqualTo(m("15"));
        assertThat(new ComputeDoubtfulReceivablesProvisionService().compute(new ComputeDoubtfulReceivablesProvisionCommand(
                List.of(new DoubtfulReceivables.Receivable("A", m("120"), b("20"), b("50"), null)))).totalProvision())
                .isEqualTo(m("50"));
        assertThat(new ComputeStockDepreciationService().compute(new ComputeStockDepreciationCommand(
                List.of(new StockDepreciation.Item("37", m("10"), m("7"), null)))).totalDepreciation()).isEqualTo(m("3"));
        Money z = Money.ZERO;
        assertThat(new ComputeFunctionalBalanceSheetService().compute(new ComputeFunctionalBalanceSheetCommand(
                new FunctionalBalanceSheet.Input(m("10"), z, z, m("4"), z, z, z, z, m("6"), z, z, z, z))).frng())
                .isEqualTo(m("6"));
        assertThat(new ComputeIntermediateBalancesService().compute(new ComputeIntermediateBalancesCommand(
                new IntermediateBalances.IncomeStatement(m("10"), m("4"), null, null, null, null, null, null, null, null,
                        null, null, null, null, null, null, null, null, null, null, null, null))).commercialMargin())
                .isEqualTo(m("6"));
        assertThat(new ComputeFinancialRatiosService().compute(new ComputeFinancialRatiosCommand(new FinancialRatios.Input(
                z, z, z, m("1"), m("2"), m("1"), z, m("3"), z, z, m("1"), m("1"), m("1"), z, null))).cashRatio())
                .isEqualByComparingTo("0.5");
        assertThatThrownBy(() -> new ComputeCashBudgetCommand(null, List.of())).hasFieldOrPropertyWithValue("field", "openingBalance");
    }
}
