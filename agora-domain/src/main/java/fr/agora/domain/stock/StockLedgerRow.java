package fr.agora.domain.stock;

import fr.agora.domain.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One row of the fiche de stock: the movement valued ({@code unitCost} shown, amount carried) and the stock after it.
 * The quantity is the movement's own (or the part taken from one lot, FIFO). The values are held exactly in fixed point (cents, thousandths of a unit) so that a fiche of a million rows stays
 * small; {@link #amount()}, {@link #stockValue()}, {@link #stockQuantity()}, {@link #averageCost()} and
 * {@link #revaluation()} give them as decimals. {@code averageCost} is value ÷ quantity shown at 2 decimals (null
 * when the stock is zero). The revaluation is non-zero only when a receipt arrives on a negative stock (Tryton resets
 * the cost to the receipt's price): the stock value then equals Σ receipts − Σ exits + Σ revaluations.
 */
public record StockLedgerRow(LocalDate date, MovementType type, BigDecimal quantity, long unitCostTenThousandths,
                             long amountCents, long stockQuantityThousandths, long stockValueCents,
                             long revaluationCents) {

    /** The unit cost shown: the receipt's, the CMUP applied (2 decimals) or the lot's; 2 decimals when exact. */
    public BigDecimal unitCost() {
        return FixedPoint.unitCost(unitCostTenThousandths);
    }

    public Money amount() {
        return Money.ofCents(amountCents);
    }

    public BigDecimal stockQuantity() {
        return FixedPoint.quantity(stockQuantityThousandths);
    }

    public Money stockValue() {
        return Money.ofCents(stockValueCents);
    }

    public BigDecimal averageCost() {
        return FixedPoint.average(stockValueCents, stockQuantityThousandths);
    }

    public Money revaluation() {
        return revaluationCents == 0 ? Money.ZERO : Money.ofCents(revaluationCents);
    }
}
