package fr.agora.domain.stock;

import fr.agora.domain.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One row of the fiche de stock: the movement valued ({@code unitCost} shown, {@code amount} carried) and the stock
 * after it. {@code averageCost} is the value ÷ quantity shown at 2 decimals (null when the stock is zero).
 * {@code revaluation} is non-zero only when a receipt arrives on a negative stock (Tryton resets the cost to the
 * receipt's price): the stock value then equals Σ receipts − Σ exits + Σ revaluations.
 */
public record StockLedgerRow(LocalDate date, MovementType type, BigDecimal quantity, BigDecimal unitCost, Money amount,
                             BigDecimal stockQuantity, Money stockValue, BigDecimal averageCost, Money revaluation) {
}
