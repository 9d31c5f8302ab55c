package fr.agora.domain.travel;

import fr.agora.domain.budget.BudgetVariance;
import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Checks an expense claim against the URSSAF allowance limits in force on its date: per line, exempt = quantity ×
 * min(amount per unit, limit) and re-integrated = paid − exempt (the excess is salary, subject to contributions;
 * ../shared/RULES-REFERENCE.md §9). Expenses reimbursed on receipts are exempt in full. An optional forecast per
 * category gives the trip's forecast vs actual variance ({@link BudgetVariance}).
 */
public final class ExpenseClaimChecker {

    public static final int MAX_ITEMS = 500;

    private final UrssafAllowanceTable table;

    public ExpenseClaimChecker(UrssafAllowanceTable table) {
        this.table = table;
    }

    public ExpenseClaim check(LocalDate date, List<ExpenseItem> items, Map<ExpenseCategory, Money> forecast) {
        if (date == null) {
            throw new InvalidInputException("date", "the claim's date is required");
        }
        if (items == null || items.isEmpty() || items.size() > MAX_ITEMS) {
            throw new InvalidInputException("items", "between 1 and " + MAX_ITEMS + " items");
        }
        UrssafAllowanceTable.Limits limits = table.forDate(date);
        List<ExpenseClaim.Line> lines = new ArrayList<>(items.size());
        Map<ExpenseCategory, Money> actual = new EnumMap<>(ExpenseCategory.class);
        Money paid = Money.ZERO;
        Money exempt = Money.ZERO;
        for (ExpenseItem item : items) {
            ExpenseClaim.Line line = checkLine(item, limits.perUnit().get(item.type()));
            lines.add(line);
            paid = paid.plus(line.paid());
            exempt = exempt.plus(line.exempt());
            actual.merge(line.category(), line.paid(), Money::plus);
        }
        return new ExpenseClaim(paid, exempt, paid.minus(exempt), lines, variances(forecast, actual), limits.source());
    }

    private static ExpenseClaim.Line checkLine(ExpenseItem item, BigDecimal limit) {
        Money paid = item.paid();
        Money exempt = limit == null ? paid
                : Money.of(limit).min(item.amountPerUnit()).times(BigDecimal.valueOf(item.quantity()), Money.HALF_UP);
        return new ExpenseClaim.Line(item.type(), item.type().category(), item.quantity(), item.amountPerUnit(), limit,
                paid, exempt, paid.minus(exempt));
    }

    private static List<BudgetVariance> variances(Map<ExpenseCategory, Money> forecast, Map<ExpenseCategory, Money> actual) {
        if (forecast == null || forecast.isEmpty()) {
            return List.of();
        }
        List<BudgetVariance> out = new ArrayList<>();
        Money totalForecast = Money.ZERO;
        Money totalActual = Money.ZERO;
        for (ExpenseCategory c : ExpenseCategory.values()) {
            Money f = forecast.get(c);
            Money a = actual.getOrDefault(c, Money.ZERO);
            if (f == null && a.isZero()) {
                continue;
            }
            f = f == null ? Money.ZERO : f;
            if (f.isNegative()) {
                throw new InvalidInputException("forecast." + c.name(), "a forecast cannot be negative");
            }
            out.add(BudgetVariance.of(c.name(), f, a));
            totalForecast = totalForecast.plus(f);
            totalActual = totalActual.plus(a);
        }
        out.add(BudgetVariance.of("TOTAL", totalForecast, totalActual));
        return out;
    }
}
