package fr.agora.domain.stock;

import fr.agora.domain.shared.Decimals;
import fr.agora.domain.shared.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Rotation des stocks: stock moyen = (stock initial + stock final) ÷ 2; taux de rotation = coût d'achat des
 * marchandises vendues (or coût de production des produits vendus) ÷ stock moyen; durée moyenne de stockage =
 * period days (360 by default, the textbook year) ÷ taux de rotation = stock moyen ÷ coût × days. All values at cost.
 * Rounding: stock moyen half up at the cent, rotation at 2 decimals, days at 1 decimal. Entry point:
 * {@link #compute(Request)}.
 */
public final class StockRotation {

    private StockRotation() {
    }

    public record Request(BigDecimal costOfGoodsSold, BigDecimal openingStock, BigDecimal closingStock, Integer periodDays) {
        public Request {
            Decimals.positive("costOfGoodsSold", costOfGoodsSold, 2);
            Decimals.nonNegative("openingStock", openingStock, 2);
            Decimals.nonNegative("closingStock", closingStock, 2);
            periodDays = periodDays == null ? 360 : periodDays;
            if (periodDays < 1 || periodDays > 366) {
                throw new InvalidInputException("periodDays", "must be between 1 and 366");
            }
            if (openingStock.signum() == 0 && closingStock.signum() == 0) {
                throw new InvalidInputException("closingStock", "the average stock is zero: no rotation to compute");
            }
        }
    }

    public record Result(BigDecimal averageStock, BigDecimal turnover, BigDecimal days, int periodDays) {
    }

    public static Result compute(Request r) {
        BigDecimal average = r.openingStock().add(r.closingStock()).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
        BigDecimal exactAverage = r.openingStock().add(r.closingStock()).divide(BigDecimal.valueOf(2));
        BigDecimal turnover = r.costOfGoodsSold().divide(exactAverage, 2, RoundingMode.HALF_UP);
        BigDecimal days = exactAverage.multiply(BigDecimal.valueOf(r.periodDays()))
                .divide(r.costOfGoodsSold(), 1, RoundingMode.HALF_UP);
        return new Result(average, turnover, days, r.periodDays());
    }
}
