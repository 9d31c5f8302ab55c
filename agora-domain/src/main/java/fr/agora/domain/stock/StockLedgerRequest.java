package fr.agora.domain.stock;

import fr.agora.domain.shared.InvalidInputException;
import java.util.List;

/**
 * What a fiche de stock is computed from. Movements are in chronological order (same-day movements keep the given
 * order). {@code allowNegativeStock} follows Tryton's average-cost behaviour and exists for CMUP after each receipt
 * only; otherwise an exit beyond the stock is refused ({@link InsufficientStockException}).
 */
public record StockLedgerRequest(ValuationMethod method, StockOpening opening, List<StockMovement> movements,
                                 StockRounding rounding, boolean allowNegativeStock) {

    public StockLedgerRequest {
        if (method == null) {
            throw new InvalidInputException("method", "is required");
        }
        opening = opening == null ? StockOpening.EMPTY : opening;
        movements = movements == null ? List.of() : List.copyOf(movements);
        rounding = rounding == null ? StockRounding.CARRIED_VALUE : rounding;
        if (allowNegativeStock && method != ValuationMethod.CMUP_PER_RECEIPT) {
            throw new InvalidInputException("allowNegativeStock",
                    "negative stock is only valued with CMUP_PER_RECEIPT (Tryton's average cost)");
        }
        if (rounding == StockRounding.TEXTBOOK_CMUP && method == ValuationMethod.FIFO) {
            throw new InvalidInputException("rounding", "TEXTBOOK_CMUP applies to the CMUP methods only");
        }
        for (int i = 1; i < movements.size(); i++) {
            if (movements.get(i).date().isBefore(movements.get(i - 1).date())) {
                throw new InvalidInputException("movements[" + i + "].date",
                        "movements must be in chronological order");
            }
        }
    }

    public static StockLedgerRequest of(ValuationMethod method, StockOpening opening, List<StockMovement> movements) {
        return new StockLedgerRequest(method, opening, movements, StockRounding.CARRIED_VALUE, false);
    }
}
