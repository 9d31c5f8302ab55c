package fr.agora.domain.stock;

import static fr.agora.domain.stock.FixedPoint.COST;
import static fr.agora.domain.stock.FixedPoint.COST_TO_CENTS;
import static fr.agora.domain.stock.FixedPoint.QTY;
import static fr.agora.domain.stock.FixedPoint.average;
import static fr.agora.domain.stock.FixedPoint.cents;
import static fr.agora.domain.stock.FixedPoint.mulDiv;
import static fr.agora.domain.stock.FixedPoint.quantity;
import static fr.agora.domain.stock.FixedPoint.units;

import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Money;
import java.math.BigDecimal;
import java.util.List;

/**
 * The fiche de stock (../shared/RULES-REFERENCE.md §7): valuation by CMUP after each receipt, CMUP of the period or
 * FIFO. Entry point for embedding callers: {@code new StockLedgerCalculator().compute(request)}. Stateless and
 * thread-safe.
 *
 * <p>Rounding (both {@link StockRounding} policies): a receipt is quantity × unit cost rounded half up to the cent; the
 * carried value is Σ receipts − Σ exits exactly at every row; an exit that empties the stock takes the value left.
 */
public final class StockLedgerCalculator {

    public StockLedger compute(StockLedgerRequest request) {
        try {
            return switch (request.method()) {
                case CMUP_PER_RECEIPT -> new PerReceipt(request).run();
                case CMUP_PERIOD -> new Period(request).run();
                case FIFO -> new Fifo(request).run();
            };
        } catch (ArithmeticException overflow) {
            throw new InvalidInputException("movements", "the quantities or values of this fiche exceed the exact range");
        }
    }

    static long receiptCents(long qtyMilli, long cost) {
        return mulDiv(qtyMilli, cost, QTY * COST_TO_CENTS);
    }

    /** What every method shares: the running stock and totals, and the row list. */
    abstract static class Run {
        final StockLedgerRequest request;
        final LedgerRows rows;
        /** The movements' quantities (thousandths) and unit costs (ten-thousandths), converted once. */
        final long[] quantities;
        final long[] costs;
        final long openingValue;
        int index;
        long qty;
        long value;
        long inQty;
        long inValue;
        long outQty;
        long outValue;

        Run(StockLedgerRequest request) {
            this.request = request;
            List<StockMovement> ms = request.movements();
            this.rows = new LedgerRows(ms, ms.size() + 8);
            this.quantities = new long[ms.size()];
            this.costs = new long[ms.size()];
            for (int i = 0; i < ms.size(); i++) {
                StockMovement m = ms.get(i);
                quantities[i] = units(m.quantity(), 3);
                costs[i] = m.unitCost() == null ? 0 : units(m.unitCost(), 4);
            }
            this.qty = units(request.opening().quantity(), 3);
            this.openingValue = receiptCents(qty, units(request.opening().unitCost(), 4));
            this.value = openingValue;
        }

        void receipt(StockMovement m, long q, long amount, long revaluation) {
            qty = Math.addExact(qty, q);
            value = Math.addExact(value, Math.addExact(amount, revaluation));
            inQty = Math.addExact(inQty, q);
            inValue = Math.addExact(inValue, amount);
            rows.append(index, q, costs[index], amount, qty, value, revaluation);
        }

        /** @param unitCost the unit cost shown, in ten-thousandths */
        void exit(StockMovement m, long q, long unitCost, long amount) {
            qty -= q;
            value -= amount;
            outQty = Math.addExact(outQty, q);
            outValue = Math.addExact(outValue, amount);
            rows.append(index, q, unitCost, amount, qty, value, 0);
        }

        void requireAvailable(int index, long q) {
            if (q > qty) {
                throw new InsufficientStockException(index, quantity(q), quantity(Math.max(qty, 0)));
            }
        }

        StockLedger result(BigDecimal periodAverage, String policy) {
            return new StockLedger(request.method(), request.rounding(), Money.ofCents(openingValue), rows,
                    new StockLedger.Totals(quantity(inQty), Money.ofCents(inValue)),
                    new StockLedger.Totals(quantity(outQty), Money.ofCents(outValue)),
                    new StockLedger.Closing(quantity(qty), Money.ofCents(value), average(value, qty)), periodAverage,
                    policy);
        }

        abstract StockLedger run();
    }

    /** CMUP recomputed after each receipt; Tryton's negative-stock behaviour when allowed. */
    static final class PerReceipt extends Run {
        /** Tryton's "cost price", 4 decimals: the average, or the last receipt's price after a negative stock. */
        long costPrice;
        /** The textbook CMUP rounded to the cent (TEXTBOOK_CMUP only). */
        long roundedCmup;

        PerReceipt(StockLedgerRequest r) {
            super(r);
            costPrice = units(r.opening().unitCost(), 4);
            roundedCmup = qty == 0 ? 0 : mulDiv(value, QTY, qty);
        }

        @Override
        StockLedger run() {
            List<StockMovement> ms = request.movements();
            for (int i = 0; i < ms.size(); i++) {
                StockMovement m = ms.get(i);
                index = i;
                long q = quantities[i];
                if (m.type() == MovementType.IN) {
                    in(m, q);
                } else {
                    out(i, m, q);
                }
            }
            return result(null, request.rounding() == StockRounding.TEXTBOOK_CMUP
                    ? "TEXTBOOK_CMUP: CMUP rounded half up to the cent after each receipt; exit = quantity × that CMUP "
                    + "(the last exit emptying the stock takes the value left); receipts at the cent"
                    : "CARRIED_VALUE: exit = stock value × quantity out ÷ quantity in stock, rounded half up to the cent "
                    + "(the last exit takes the value left); the CMUP shown is value ÷ quantity at 2 decimals, display only");
        }

        private void in(StockMovement m, long q) {
            long cost = costs[index];
            long amount = receiptCents(q, cost);
            long revaluation = 0;
            if (qty < 0 || (qty == 0 && value != 0)) {
                // Tryton: a receipt on a negative stock sets the cost price to the receipt's unit price
                revaluation = receiptCents(qty + q, cost) - (value + amount);
            }
            boolean reset = qty <= 0;
            receipt(m, q, amount, revaluation);
            costPrice = reset || qty <= 0 ? cost : mulDiv(value, COST * QTY / 100, qty);
            roundedCmup = qty <= 0 ? mulDiv(cost, 1, COST_TO_CENTS) : mulDiv(value, QTY, qty);
        }

        private void out(int index, StockMovement m, long q) {
            if (!request.allowNegativeStock()) {
                requireAvailable(index, q);
            }
            long amount;
            long shown;
            if (q > qty) {
                // beyond the stock (allowed): what is held, then the excess at the cost price (Tryton)
                long held = Math.max(qty, 0);
                amount = (qty > 0 ? value : 0) + receiptCents(q - held, costPrice);
                shown = costPrice;
            } else if (q == qty) {
                amount = value;
                shown = request.rounding() == StockRounding.TEXTBOOK_CMUP ? roundedCmup * COST_TO_CENTS
                        : mulDiv(value, QTY, qty) * COST_TO_CENTS;
            } else if (request.rounding() == StockRounding.TEXTBOOK_CMUP) {
                amount = Math.min(mulDiv(roundedCmup, q, QTY), value);
                shown = roundedCmup * COST_TO_CENTS;
            } else {
                amount = mulDiv(value, q, qty);
                shown = mulDiv(value, QTY, qty) * COST_TO_CENTS;
            }
            exit(m, q, shown, amount);
        }
    }

    /** One CMUP for the whole period; the last exit absorbs the per-row rounding so that closing = qty × CMUP. */
    static final class Period extends Run {
        Period(StockLedgerRequest r) {
            super(r);
        }

        @Override
        StockLedger run() {
            List<StockMovement> ms = request.movements();
            long totalQty = qty;
            long totalValue = value;
            int lastExit = -1;
            for (int i = 0; i < ms.size(); i++) {
                StockMovement m = ms.get(i);
                index = i;
                long q = quantities[i];
                if (m.type() == MovementType.IN) {
                    totalQty = Math.addExact(totalQty, q);
                    totalValue = Math.addExact(totalValue, receiptCents(q, costs[i]));
                } else {
                    lastExit = i;
                }
            }
            boolean textbook = request.rounding() == StockRounding.TEXTBOOK_CMUP;
            long cmupCents = totalQty == 0 ? 0 : mulDiv(totalValue, QTY, totalQty);
            long[] exitAmounts = new long[ms.size()];
            long running = qty;
            long exitQty = 0;
            long exitSum = 0;
            for (int i = 0; i < ms.size(); i++) {
                StockMovement m = ms.get(i);
                index = i;
                long q = quantities[i];
                if (m.type() == MovementType.IN) {
                    running += q;
                    continue;
                }
                if (q > running) {
                    throw new InsufficientStockException(i, quantity(q), quantity(running));
                }
                running -= q;
                exitQty += q;
                exitAmounts[i] = textbook ? mulDiv(cmupCents, q, QTY) : mulDiv(totalValue, q, totalQty);
                exitSum += exitAmounts[i];
            }
            if (lastExit >= 0) {
                long closingValue = textbook ? mulDiv(cmupCents, totalQty - exitQty, QTY)
                        : mulDiv(totalValue, totalQty - exitQty, totalQty);
                exitAmounts[lastExit] += (totalValue - closingValue) - exitSum;
            }
            long shown = cmupCents * COST_TO_CENTS;
            for (int i = 0; i < ms.size(); i++) {
                StockMovement m = ms.get(i);
                index = i;
                long q = quantities[i];
                if (m.type() == MovementType.IN) {
                    receipt(m, q, receiptCents(q, costs[i]), 0);
                } else {
                    exit(m, q, shown, exitAmounts[i]);
                }
            }
            return result(totalQty == 0 ? null : cents(cmupCents), "CMUP of the period = (initial value + Σ receipts) ÷ (initial quantity + Σ received), "
                    + "shown at 2 decimals; each exit = its share of that value rounded half up to the cent"
                    + (textbook ? " (TEXTBOOK_CMUP: quantity × the CMUP rounded to the cent)" : "")
                    + "; the last exit absorbs the rounding so that the closing value = closing quantity × CMUP");
        }
    }

    /** First in, first out: each exit consumes the oldest lots, one row per lot touched. */
    static final class Fifo extends Run {
        /** Lots as [quantity, unit cost, value]; a lot used up leaves the deque. */
        final java.util.ArrayDeque<long[]> lots = new java.util.ArrayDeque<>();

        Fifo(StockLedgerRequest r) {
            super(r);
            if (qty > 0) {
                lots.add(new long[] {qty, units(r.opening().unitCost(), 4), value});
            }
        }

        @Override
        StockLedger run() {
            List<StockMovement> ms = request.movements();
            for (int i = 0; i < ms.size(); i++) {
                StockMovement m = ms.get(i);
                index = i;
                long q = quantities[i];
                if (m.type() == MovementType.IN) {
                    long cost = costs[i];
                    long amount = receiptCents(q, cost);
                    lots.add(new long[] {q, cost, amount});
                    receipt(m, q, amount, 0);
                } else {
                    requireAvailable(i, q);
                    consume(m, q);
                }
            }
            return result(null, "FIFO: each lot keeps its value at the cent; an exit takes quantity × the lot's unit "
                    + "cost rounded half up, the last units of a lot take the lot's value left; one row per lot");
        }

        private void consume(StockMovement m, long q) {
            long rest = q;
            while (rest > 0) {
                long[] lot = lots.peekFirst();
                long take = Math.min(rest, lot[0]);
                long amount = take == lot[0] ? lot[2] : Math.min(receiptCents(take, lot[1]), lot[2]);
                lot[0] -= take;
                lot[2] -= amount;
                if (lot[0] == 0) {
                    lots.pollFirst();
                }
                exit(m, take, lot[1], amount);
                rest -= take;
            }
        }
    }
}
