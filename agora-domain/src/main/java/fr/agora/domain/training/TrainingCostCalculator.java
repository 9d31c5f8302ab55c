package fr.agora.domain.training;

import fr.agora.domain.budget.BudgetVariance;
import fr.agora.domain.paie.parameters.PayrollParameters;
import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Costs training actions and checks the training budget. A trainee's wage is the time spent in training priced at
 * the hourly rate of the paie rules (monthly gross ÷ 35 × 52 / 12, {@link PayrollParameters#LEGAL_MONTHLY_HOURS}) and
 * loaded with the employer contribution rate; the total adds the fees, travel, lodging and meals. The budget compares
 * each forecast with the actual cost ({@link BudgetVariance}: actual − forecast, over the forecast). See
 * docs/personnel.md §3.
 */
public final class TrainingCostCalculator {

    public static final int MAX_ACTIONS = 500;
    public static final int MAX_TRAINEES = 1000;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public TrainingCost cost(TrainingAction a) {
        if (a.trainees().size() > MAX_TRAINEES) {
            throw new InvalidInputException("trainees", "at most " + MAX_TRAINEES + " trainees");
        }
        List<TrainingCost.TraineeWage> wages = new ArrayList<>();
        Money wageTotal = Money.ZERO;
        BigDecimal hours = BigDecimal.ZERO;
        for (Trainee t : a.trainees()) {
            TrainingCost.TraineeWage w = wage(t);
            wages.add(w);
            wageTotal = wageTotal.plus(w.loadedWage());
            hours = hours.add(t.hours());
        }
        Money total = a.fees().plus(wageTotal).plus(a.travel()).plus(a.lodgingAndMeals());
        int n = a.trainees().size();
        Money perTrainee = n == 0 ? null : Money.of(total.amount().divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP));
        Money perHour = n == 0 ? null : Money.of(total.amount().divide(hours, 2, RoundingMode.HALF_UP));
        return new TrainingCost(a.name(), a.fees(), wageTotal, a.travel(), a.lodgingAndMeals(), total, n,
                hours.stripTrailingZeros(), perTrainee, perHour, wages);
    }

    public TrainingBudget budget(List<TrainingAction> actions) {
        if (actions == null || actions.isEmpty() || actions.size() > MAX_ACTIONS) {
            throw new InvalidInputException("actions", "between 1 and " + MAX_ACTIONS + " actions");
        }
        List<TrainingCost> costs = new ArrayList<>();
        List<BudgetVariance> variances = new ArrayList<>();
        Money forecast = Money.ZERO;
        Money actual = Money.ZERO;
        for (int i = 0; i < actions.size(); i++) {
            TrainingAction a = actions.get(i);
            TrainingCost c;
            try {
                c = cost(a);
            } catch (InvalidInputException e) {
                throw e.under("actions[" + i + "]");
            }
            costs.add(c);
            if (a.forecast() != null) {
                variances.add(BudgetVariance.of(a.name(), a.forecast(), c.total()));
                forecast = forecast.plus(a.forecast());
            }
            actual = actual.plus(c.total());
        }
        return new TrainingBudget(costs, variances, BudgetVariance.of("TOTAL", forecast, actual));
    }

    private static TrainingCost.TraineeWage wage(Trainee t) {
        BigDecimal hourly = t.monthlyGross().amount().divide(PayrollParameters.LEGAL_MONTHLY_HOURS, MathContext.DECIMAL64);
        Money gross = Money.roundedHalfUp(hourly.multiply(t.hours()));
        Money contributions = gross.percent(t.employerContributionRate(), Money.HALF_UP);
        return new TrainingCost.TraineeWage(t.id(), hourly.setScale(4, RoundingMode.HALF_UP), t.hours(), gross, contributions,
                gross.plus(contributions));
    }
}
