package fr.agora.domain.travel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The URSSAF exemption limits of the forfaitary allowances (allocations forfaitaires de frais professionnels), per
 * unit (a meal, a night), dated. 2026: ../shared/RULES-REFERENCE.md §5.1 (ffco.org, agipi.com, secob.fr). A type
 * absent from the map has no forfaitary limit (reimbursed on receipts).
 */
public final class UrssafAllowanceTable {

    /** One period's limits. */
    public record Limits(LocalDate from, LocalDate to, Map<ExpenseType, BigDecimal> perUnit, String source) {
        public Limits {
            perUnit = Map.copyOf(perUnit);
        }

        boolean covers(LocalDate d) {
            return !d.isBefore(from) && !d.isAfter(to);
        }
    }

    public static final UrssafAllowanceTable FRANCE = new UrssafAllowanceTable(List.of(new Limits(
            LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), limits2026(),
            "URSSAF limites d'exonération 2026 (../shared/RULES-REFERENCE.md §5.1: ffco.org, agipi.com, secob.fr)")));

    private final List<Limits> periods;

    public UrssafAllowanceTable(List<Limits> periods) {
        this.periods = List.copyOf(periods);
    }

    public Limits forDate(LocalDate date) {
        for (Limits l : periods) {
            if (l.covers(date)) {
                return l;
            }
        }
        throw new UnknownScaleYearException("date", date, periods.get(0).from() + " to " + periods.get(periods.size() - 1).to());
    }

    private static Map<ExpenseType, BigDecimal> limits2026() {
        Map<ExpenseType, BigDecimal> m = new EnumMap<>(ExpenseType.class);
        m.put(ExpenseType.MEAL_AT_WORKPLACE, new BigDecimal("7.50"));
        m.put(ExpenseType.MEAL_ON_THE_ROAD, new BigDecimal("10.40"));
        m.put(ExpenseType.MEAL_AT_RESTAURANT, new BigDecimal("21.40"));
        m.put(ExpenseType.LODGING_PARIS, new BigDecimal("76.60"));
        m.put(ExpenseType.LODGING_PROVINCE, new BigDecimal("56.80"));
        return m;
    }
}
