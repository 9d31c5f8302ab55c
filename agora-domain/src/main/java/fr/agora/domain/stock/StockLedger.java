package fr.agora.domain.stock;

import fr.agora.domain.shared.Money;
import java.math.BigDecimal;
import java.util.List;

/** A computed fiche de stock: rows, totals of receipts and exits, closing stock, and the rounding policy applied. */
public record StockLedger(ValuationMethod method, StockRounding rounding, Money openingValue, List<StockLedgerRow> rows,
                          Totals receipts, Totals exits, Closing closing, BigDecimal periodAverageCost,
                          String roundingPolicy) {

    public StockLedger {
        // the calculator's columnar rows are already unmodifiable: copying them would build every row object
        rows = rows instanceof LedgerRows ? rows : List.copyOf(rows);
    }

    /** A quantity and its value. */
    public record Totals(BigDecimal quantity, Money value) {
    }

    /** The closing stock: quantity, value and the CMUP shown (2 decimals; null when the quantity is 0). */
    public record Closing(BigDecimal quantity, Money value, BigDecimal averageCost) {
    }
}
