package fr.agora.domain.stock;

import fr.agora.domain.shared.Decimals;
import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Coût d'achat of a receipt = prix d'achat net (gross price less the commercial reductions, taken in cascade) + frais
 * accessoires d'achat (transport, customs, insurance). Entry point: {@link #compute(Request)}. TVA is not part of
 * the cost (it is recoverable). Rounding: gross amount and each reduction half up at the cent; the unit cost shown
 * at 4 decimals (the fiche de stock's unit-cost scale), half up.
 */
public final class PurchaseCost {

    public static final int MAX_REDUCTIONS = 5;

    private PurchaseCost() {
    }

    /** The receipt: quantity, gross unit price, reduction rates in per cent (cascade), transport and other costs. */
    public record Request(BigDecimal quantity, BigDecimal grossUnitPrice, List<BigDecimal> reductionRates,
                          BigDecimal transport, BigDecimal otherCosts) {
        public Request {
            Decimals.positive("quantity", quantity, StockMovement.QUANTITY_SCALE);
            Decimals.nonNegative("grossUnitPrice", grossUnitPrice, StockMovement.UNIT_COST_SCALE);
            reductionRates = reductionRates == null ? List.of() : List.copyOf(reductionRates);
            if (reductionRates.size() > MAX_REDUCTIONS) {
                throw new InvalidInputException("reductionRates", "at most " + MAX_REDUCTIONS + " reductions");
            }
            for (int i = 0; i < reductionRates.size(); i++) {
                BigDecimal r = Decimals.nonNegative("reductionRates[" + i + "]", reductionRates.get(i), 4);
                if (r.compareTo(BigDecimal.valueOf(100)) > 0) {
                    throw new InvalidInputException("reductionRates[" + i + "]", "must be at most 100");
                }
            }
            transport = transport == null ? BigDecimal.ZERO : Decimals.nonNegative("transport", transport, 2);
            otherCosts = otherCosts == null ? BigDecimal.ZERO : Decimals.nonNegative("otherCosts", otherCosts, 2);
        }
    }

    /** One reduction of the cascade: its rate, the base it applies to, its amount. */
    public record Reduction(BigDecimal rate, Money base, Money amount) {
    }

    public record Result(Money grossAmount, List<Reduction> reductions, Money netPurchasePrice, Money incidentalCosts,
                         Money purchaseCost, BigDecimal unitCost) {
    }

    public static Result compute(Request r) {
        Money gross = Money.roundedHalfUp(r.quantity().multiply(r.grossUnitPrice()));
        Money net = gross;
        List<Reduction> reductions = new ArrayList<>();
        for (BigDecimal rate : r.reductionRates()) {
            Money amount = net.percent(rate, Money.HALF_UP);
            reductions.add(new Reduction(rate, net, amount));
            net = net.minus(amount);
        }
        Money incidental = Money.of(r.transport()).plus(Money.of(r.otherCosts()));
        Money cost = net.plus(incidental);
        BigDecimal unit = cost.amount().divide(r.quantity(), StockMovement.UNIT_COST_SCALE, RoundingMode.HALF_UP);
        return new Result(gross, reductions, net, incidental, cost, unit);
    }
}
