package fr.agora.domain.stock;

import fr.agora.domain.shared.Decimals;
import fr.agora.domain.shared.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A line of the fiche de stock as entered: a dated receipt with its unit cost (coût d'achat unitaire, up to 4
 * decimals) or a dated exit (its cost comes from the valuation method). Quantities up to 3 decimals (kg, litres).
 */
public record StockMovement(LocalDate date, MovementType type, BigDecimal quantity, BigDecimal unitCost) {

    public static final int QUANTITY_SCALE = 3;
    public static final int UNIT_COST_SCALE = 4;
    /** Bounds that keep every value of a long fiche exact in longs (10^9 units at 10^6 € at most). */
    public static final BigDecimal MAX_QUANTITY = new BigDecimal("1000000000");
    public static final BigDecimal MAX_UNIT_COST = new BigDecimal("1000000");

    public StockMovement {
        if (date == null) {
            throw new InvalidInputException("date", "is required");
        }
        if (type == null) {
            throw new InvalidInputException("type", "is required");
        }
        Decimals.atMost("quantity", Decimals.positive("quantity", quantity, QUANTITY_SCALE), MAX_QUANTITY);
        if (type == MovementType.IN) {
            Decimals.atMost("unitCost", Decimals.nonNegative("unitCost", unitCost, UNIT_COST_SCALE), MAX_UNIT_COST);
        } else if (unitCost != null) {
            throw new InvalidInputException("unitCost", "must be absent on an exit: the valuation method gives its cost");
        }
    }

    public static StockMovement in(LocalDate date, String quantity, String unitCost) {
        return new StockMovement(date, MovementType.IN, new BigDecimal(quantity), new BigDecimal(unitCost));
    }

    public static StockMovement out(LocalDate date, String quantity) {
        return new StockMovement(date, MovementType.OUT, new BigDecimal(quantity), null);
    }
}
