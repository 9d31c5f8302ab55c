package fr.agora.domain.stock;

import fr.agora.domain.shared.Decimals;
import java.math.BigDecimal;

/** The stock initial: a quantity and its unit cost (its value is quantity × unit cost, rounded half up at the cent). */
public record StockOpening(BigDecimal quantity, BigDecimal unitCost) {

    public static final StockOpening EMPTY = new StockOpening(BigDecimal.ZERO, BigDecimal.ZERO);

    public StockOpening {
        Decimals.atMost("opening.quantity", Decimals.nonNegative("opening.quantity", quantity,
                StockMovement.QUANTITY_SCALE), StockMovement.MAX_QUANTITY);
        Decimals.atMost("opening.unitCost", Decimals.nonNegative("opening.unitCost", unitCost,
                StockMovement.UNIT_COST_SCALE), StockMovement.MAX_UNIT_COST);
    }

    public static StockOpening of(String quantity, String unitCost) {
        return new StockOpening(new BigDecimal(quantity), new BigDecimal(unitCost));
    }
}
