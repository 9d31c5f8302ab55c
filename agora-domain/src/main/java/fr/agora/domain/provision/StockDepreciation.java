package fr.agora.domain.provision;

import fr.agora.domain.shared.EntryLine;
import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Money;
import java.util.ArrayList;
import java.util.List;

/**
 * Dépréciation des stocks at the inventory: when the current value (valeur actuelle, e.g. the net realisable value)
 * of a stock is below its cost (valeur d'inventaire brute), the dépréciation is the difference (none otherwise);
 * the entry is the change from last year: dotation debit 6817, credit 39x; reprise debit 39x, credit 7817. The
 * account 39x is 39 followed by the stock account's second digit (31 → 391, 37 → 397). Exact at the cent. Entry
 * point: {@link #compute(List)}.
 */
public final class StockDepreciation {

    public static final int MAX_ITEMS = 1_000;

    private StockDepreciation() {
    }

    /** A stock: its account (31 … 37), gross value at cost, current value, last year's dépréciation. */
    public record Item(String stockAccount, Money grossValue, Money currentValue, Money previousDepreciation) {
        public Item {
            if (stockAccount == null || !stockAccount.matches("3[1-7][0-9]{0,6}")) {
                throw new InvalidInputException("stockAccount", "must be a PCG stock account (31 … 37)");
            }
            if (grossValue == null || grossValue.isNegative()) {
                throw new InvalidInputException("grossValue", "must be given and not negative");
            }
            if (currentValue == null || currentValue.isNegative()) {
                throw new InvalidInputException("currentValue", "must be given and not negative");
            }
            previousDepreciation = previousDepreciation == null ? Money.ZERO : previousDepreciation;
            if (previousDepreciation.isNegative()) {
                throw new InvalidInputException("previousDepreciation", "must not be negative");
            }
        }
    }

    public record Line(String stockAccount, String depreciationAccount, Money grossValue, Money currentValue,
                       Money depreciation, Money previousDepreciation, Money increase, Money decrease,
                       Money netValue) {
    }

    public record Result(List<Line> lines, Money totalDepreciation, List<EntryLine> entry) {
    }

    public static String depreciationAccount(String stockAccount) {
        return "39" + stockAccount.charAt(1);
    }

    public static Result compute(List<Item> items) {
        if (items == null || items.isEmpty() || items.size() > MAX_ITEMS) {
            throw new InvalidInputException("items", "must hold 1 to " + MAX_ITEMS + " stocks");
        }
        List<Line> lines = new ArrayList<>();
        List<EntryLine> entry = new ArrayList<>();
        Money total = Money.ZERO;
        for (Item i : items) {
            Money dep = i.grossValue().minus(i.currentValue()).max(Money.ZERO);
            Money delta = dep.minus(i.previousDepreciation());
            String account = depreciationAccount(i.stockAccount());
            Money inc = delta.isPositive() ? delta : Money.ZERO;
            Money dec = delta.isNegative() ? delta.negate() : Money.ZERO;
            if (inc.isPositive()) {
                entry.add(EntryLine.debit("6817", "Dotation dépréciation stock " + i.stockAccount(), inc));
                entry.add(EntryLine.credit(account, "Dotation dépréciation stock " + i.stockAccount(), inc));
            } else if (dec.isPositive()) {
                entry.add(EntryLine.debit(account, "Reprise dépréciation stock " + i.stockAccount(), dec));
                entry.add(EntryLine.credit("7817", "Reprise dépréciation stock " + i.stockAccount(), dec));
            }
            lines.add(new Line(i.stockAccount(), account, i.grossValue(), i.currentValue(), dep, i.previousDepreciation(),
                    inc, dec, i.grossValue().minus(dep)));
            total = total.plus(dep);
        }
        return new Result(lines, total, entry);
    }
}
