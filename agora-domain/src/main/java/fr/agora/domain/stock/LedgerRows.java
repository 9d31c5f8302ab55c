package fr.agora.domain.stock;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * The rows of a fiche held in columns of longs (one entry per row), each {@link StockLedgerRow} being built when it
 * is read. A fiche of a million movements is then a handful of arrays rather than a million retained objects, which
 * is what keeps the garbage collector out of a long fiche's cost. Unmodifiable.
 */
final class LedgerRows extends AbstractList<StockLedgerRow> implements RandomAccess {

    private final List<StockMovement> movements;
    private int size;
    private int[] movement;
    private long[] quantity;
    private long[] unitCost;
    private long[] amount;
    private long[] stockQuantity;
    private long[] stockValue;
    private long[] revaluation;

    LedgerRows(List<StockMovement> movements, int capacity) {
        this.movements = movements;
        int c = Math.max(capacity, 4);
        movement = new int[c];
        quantity = new long[c];
        unitCost = new long[c];
        amount = new long[c];
        stockQuantity = new long[c];
        stockValue = new long[c];
        revaluation = new long[c];
    }

    void append(int movementIndex, long qty, long cost, long amt, long stockQty, long value, long reval) {
        if (size == movement.length) {
            int c = size + (size >> 1) + 1;
            movement = Arrays.copyOf(movement, c);
            quantity = Arrays.copyOf(quantity, c);
            unitCost = Arrays.copyOf(unitCost, c);
            amount = Arrays.copyOf(amount, c);
            stockQuantity = Arrays.copyOf(stockQuantity, c);
            stockValue = Arrays.copyOf(stockValue, c);
            revaluation = Arrays.copyOf(revaluation, c);
        }
        movement[size] = movementIndex;
        quantity[size] = qty;
        unitCost[size] = cost;
        amount[size] = amt;
        stockQuantity[size] = stockQty;
        stockValue[size] = value;
        revaluation[size] = reval;
        size++;
    }

    @Override
    public StockLedgerRow get(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        StockMovement m = movements.get(movement[i]);
        long q = quantity[i];
        return new StockLedgerRow(m.date(), m.type(), q == FixedPoint.units(m.quantity(), 3) ? m.quantity()
                : FixedPoint.quantity(q), unitCost[i], amount[i], stockQuantity[i], stockValue[i], revaluation[i]);
    }

    @Override
    public int size() {
        return size;
    }
}
