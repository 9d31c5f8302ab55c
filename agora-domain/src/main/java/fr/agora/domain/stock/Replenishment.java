package fr.agora.domain.stock;

import fr.agora.domain.shared.Decimals;
import fr.agora.domain.shared.InvalidInputException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Stock levels and when to order (../shared/RULES-REFERENCE.md §7): stock de sécurité = daily consumption × délai de
 * sécurité; point de commande (stock d'alerte) = daily consumption × délai de réapprovisionnement + stock de
 * sécurité; order when the available stock (physical + on order − reserved) ≤ the point de commande. Wilson's
 * economic order quantity Q* = √(2 × D × Cl ÷ (Cu × t)) where D is the annual demand, Cl the cost of one order, Cu
 * the unit cost and t the annual holding-cost rate. Entry point: {@link #compute(Request)}.
 *
 * <p>Rounding: quantities half up at 3 decimals; Q* half up at 2 decimals, with the whole quantity to order (rounded
 * up) and the number of orders a year D ÷ Q* at 2 decimals.
 */
public final class Replenishment {

    private static final MathContext SQRT = new MathContext(20, RoundingMode.HALF_EVEN);

    private Replenishment() {
    }

    /** Wilson's inputs are all present or all absent. Holding-cost rate in per cent a year (e.g. 10). */
    public record Request(BigDecimal dailyConsumption, BigDecimal leadTimeDays, BigDecimal safetyStock,
                          BigDecimal currentStock, BigDecimal onOrder, BigDecimal reserved, BigDecimal annualDemand,
                          BigDecimal orderCost, BigDecimal holdingCostRate, BigDecimal unitCost) {
        public Request {
            Decimals.nonNegative("dailyConsumption", dailyConsumption, 3);
            Decimals.nonNegative("leadTimeDays", leadTimeDays, 2);
            Decimals.nonNegative("safetyStock", safetyStock, 3);
            Decimals.scaled("currentStock", currentStock, 3);
            onOrder = onOrder == null ? BigDecimal.ZERO : Decimals.nonNegative("onOrder", onOrder, 3);
            reserved = reserved == null ? BigDecimal.ZERO : Decimals.nonNegative("reserved", reserved, 3);
            int given = (annualDemand == null ? 0 : 1) + (orderCost == null ? 0 : 1) + (holdingCostRate == null ? 0 : 1)
                    + (unitCost == null ? 0 : 1);
            if (given != 0 && given != 4) {
                String missing = annualDemand == null ? "annualDemand" : orderCost == null ? "orderCost"
                        : holdingCostRate == null ? "holdingCostRate" : "unitCost";
                throw new InvalidInputException(missing, "is required for the economic order quantity "
                        + "(annualDemand, orderCost, holdingCostRate and unitCost go together)");
            }
            if (given == 4) {
                Decimals.positive("annualDemand", annualDemand, 3);
                Decimals.nonNegative("orderCost", orderCost, 2);
                Decimals.positive("holdingCostRate", holdingCostRate, 4);
                Decimals.positive("unitCost", unitCost, 4);
            }
        }

        boolean wantsEoq() {
            return annualDemand != null;
        }
    }

    public record Result(BigDecimal reorderPoint, BigDecimal availableStock, boolean shouldOrder,
                         BigDecimal economicOrderQuantity, BigDecimal economicOrderUnits, BigDecimal ordersPerYear,
                         String rule) {
    }

    public static Result compute(Request r) {
        BigDecimal reorderPoint = r.dailyConsumption().multiply(r.leadTimeDays()).add(r.safetyStock())
                .setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
        BigDecimal available = r.currentStock().add(r.onOrder()).subtract(r.reserved()).stripTrailingZeros();
        boolean order = available.compareTo(reorderPoint) <= 0;
        BigDecimal eoq = null;
        BigDecimal units = null;
        BigDecimal perYear = null;
        if (r.wantsEoq()) {
            BigDecimal exact = economicOrderQuantity(r.annualDemand(), r.orderCost(), r.holdingCostRate(), r.unitCost());
            eoq = exact.setScale(2, RoundingMode.HALF_UP);
            units = exact.setScale(0, RoundingMode.CEILING);
            perYear = exact.signum() == 0 ? null : r.annualDemand().divide(exact, 2, RoundingMode.HALF_UP);
        }
        return new Result(reorderPoint, available, order, eoq, units, perYear,
                "reorder point = dailyConsumption × leadTimeDays + safetyStock; order when currentStock + onOrder − "
                        + "reserved ≤ reorder point; Q* = √(2 × annualDemand × orderCost ÷ (unitCost × holdingCostRate %))");
    }

    /** Stock de sécurité = daily consumption × délai de sécurité (days), half up at 3 decimals. */
    public static BigDecimal safetyStock(BigDecimal dailyConsumption, BigDecimal safetyDays) {
        Decimals.nonNegative("dailyConsumption", dailyConsumption, 3);
        Decimals.nonNegative("safetyDays", safetyDays, 2);
        return dailyConsumption.multiply(safetyDays).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    /** Wilson: √(2 D Cl ÷ (Cu t)), t in per cent; exact to 20 significant digits. */
    public static BigDecimal economicOrderQuantity(BigDecimal annualDemand, BigDecimal orderCost,
                                                   BigDecimal holdingCostRatePercent, BigDecimal unitCost) {
        BigDecimal holding = unitCost.multiply(holdingCostRatePercent).movePointLeft(2);
        BigDecimal radicand = BigDecimal.valueOf(2).multiply(annualDemand).multiply(orderCost).divide(holding, SQRT);
        return radicand.sqrt(SQRT);
    }
}
