package fr.agora.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.application.port.in.indicators.ComputeCommercialIndicatorsCommand;
import fr.agora.application.port.in.indicators.ComputeHrIndicatorsCommand;
import fr.agora.application.port.in.training.ComputeTrainingCostCommand;
import fr.agora.application.port.in.travel.CheckExpenseClaimCommand;
import fr.agora.application.port.in.travel.ComputeMileageAllowanceCommand;
import fr.agora.application.port.in.workingtime.CheckWorkingTimeCommand;
import fr.agora.application.service.indicators.ComputeCommercialIndicatorsService;
import fr.agora.application.service.indicators.ComputeHrIndicatorsService;
import fr.agora.application.service.training.ComputeTrainingCostService;
import fr.agora.application.service.travel.CheckExpenseClaimService;
import fr.agora.application.service.travel.ComputeMileageAllowanceService;
import fr.agora.application.service.workingtime.CheckWorkingTimeService;
import fr.agora.domain.indicators.CommercialIndicatorCalculator;
import fr.agora.domain.indicators.Gender;
import fr.agora.domain.indicators.HrIndicatorCalculator;
import fr.agora.domain.indicators.Sale;
import fr.agora.domain.indicators.StaffMember;
import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Money;
import fr.agora.domain.training.TrainingAction;
import fr.agora.domain.training.TrainingCostCalculator;
import fr.agora.domain.travel.ExpenseItem;
import fr.agora.domain.travel.ExpenseType;
import fr.agora.domain.travel.MileageScaleTable;
import fr.agora.domain.travel.UrssafAllowanceTable;
import fr.agora.domain.travel.VehicleKind;
import fr.agora.domain.workingtime.Worker;
import fr.agora.domain.workingtime.WorkingTimeChecker;
import fr.agora.domain.workingtime.WorkingTimePlan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The personnel use cases pass their command to the domain unchanged (the rules are tested in the domain). */
class PersonnelServicesTest {

    @Test
    void travel_use_cases() {
        var ik = new ComputeMileageAllowanceService(MileageScaleTable.FRANCE)
                .compute(new ComputeMileageAllowanceCommand(2024, VehicleKind.CAR, 5, 4000, false));
        assertThat(ik.amount().amount()).isEqualByComparingTo("2544.00");   // 4 000 × 0,636
        var claim = new CheckExpenseClaimService(UrssafAllowanceTable.FRANCE).check(new CheckExpenseClaimCommand(
                LocalDate.of(2026, 1, 5), List.of(new ExpenseItem(ExpenseType.MEAL_AT_WORKPLACE, 2, Money.of("8.00"))), null));
        assertThat(claim.reintegrated().amount()).isEqualByComparingTo("1.00");   // 2 × (8,00 − 7,50)
        assertThatThrownBy(() -> new ComputeMileageAllowanceCommand(2024, null, 5, 1, false))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("vehicle");
    }

    @Test
    void working_time_training_and_indicators_use_cases() {
        Worker w = new Worker("A", LocalDate.of(1990, 1, 1), 35 * 60, false, false, null, null);
        var report = new CheckWorkingTimeService(new WorkingTimeChecker())
                .check(new CheckWorkingTimeCommand(new WorkingTimePlan(List.of(w), List.of(), List.of(), 0, null)));
        assertThat(report.compliant()).isTrue();
        var budget = new ComputeTrainingCostService(new TrainingCostCalculator()).compute(new ComputeTrainingCostCommand(
                List.of(new TrainingAction("SST", Money.of("300.00"), null, null, List.of(), Money.of("300.00")))));
        assertThat(budget.total().variance().isZero()).isTrue();
        var hr = new ComputeHrIndicatorsService(new HrIndicatorCalculator()).compute(new ComputeHrIndicatorsCommand(
                List.of(new StaffMember("S", Gender.FEMALE, LocalDate.of(1990, 1, 1), LocalDate.of(2020, 1, 1), null,
                        BigDecimal.valueOf(35), null)), null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)));
        assertThat(hr.headcountAtEnd()).isEqualTo(1);
        var sales = new ComputeCommercialIndicatorsService(new CommercialIndicatorCalculator()).compute(
                new ComputeCommercialIndicatorsCommand(List.of(new Sale(LocalDate.of(2026, 1, 2), "O1", "PRO", "X",
                        BigDecimal.ONE, Money.of("10.00"), Money.of("4.00"))), null, null));
        assertThat(sales.markupRate()).isEqualByComparingTo("60.00");
    }
}
