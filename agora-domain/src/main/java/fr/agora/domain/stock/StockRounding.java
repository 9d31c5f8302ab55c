package fr.agora.domain.stock;

/**
 * The rounding policy of a CMUP ledger. In both, every amount is at the cent (half up), the carried stock value is
 * Σ receipts − Σ exits exactly, and an exit that empties the stock takes exactly the value left; they differ only in
 * how an exit is valued.
 */
public enum StockRounding {
    /**
     * Default: an exit is valued at its share of the carried value, value × quantity out ÷ quantity in stock, rounded
     * to the cent once; the CMUP shown (2 decimals) is display only, so it never drifts from the value.
     */
    CARRIED_VALUE,
    /**
     * The textbook convention: the CMUP is rounded to the cent after each receipt and an exit is quantity × that
     * rounded CMUP; the carried value then keeps the cents the rounding lost, until the stock is emptied.
     */
    TEXTBOOK_CMUP
}
