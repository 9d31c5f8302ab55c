package fr.agora.domain.provision;

import fr.agora.domain.shared.Decimals;
import fr.agora.domain.shared.EntryLine;
import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Dépréciation des créances douteuses at the inventory: the receivable is reclassified 411 → 416 (TTC) the first
 * year it becomes doubtful; the dépréciation is computed on the <b>HT</b> amount (the TVA collected is recovered if
 * the loss becomes final, so it is not a loss) × the estimated loss rate; the entry is the difference with last
 * year's dépréciation: a dotation (debit 6817, credit 491) when it rises, a reprise (debit 491, credit 7817) when it
 * falls. Rounding: HT = TTC ÷ (1 + rate) half up at the cent, dépréciation half up at the cent. Entry point:
 * {@link #compute(List)}.
 */
public final class DoubtfulReceivables {

    public static final int MAX_RECEIVABLES = 1_000;

    private DoubtfulReceivables() {
    }

    /** A doubtful customer: balance TTC, its TVA rate, the loss expected (per cent), last year's dépréciation. */
    public record Receivable(String customer, Money amountInclVat, BigDecimal vatRate, BigDecimal lossRate,
                             Money previousProvision) {
        public Receivable {
            if (customer == null || customer.isBlank()) {
                throw new InvalidInputException("customer", "is required");
            }
            if (amountInclVat == null || amountInclVat.isNegative()) {
                throw new InvalidInputException("amountInclVat", "must be given and not negative");
            }
            Decimals.atMost("vatRate", Decimals.nonNegative("vatRate", vatRate, 2), BigDecimal.valueOf(100));
            Decimals.atMost("lossRate", Decimals.nonNegative("lossRate", lossRate, 2), BigDecimal.valueOf(100));
            previousProvision = previousProvision == null ? Money.ZERO : previousProvision;
            if (previousProvision.isNegative()) {
                throw new InvalidInputException("previousProvision", "must not be negative");
            }
        }
    }

    public record Line(String customer, Money amountInclVat, Money amountExclVat, BigDecimal lossRate,
                       Money provision, Money previousProvision, Money increase, Money decrease) {
    }

    public record Result(List<Line> lines, Money totalProvision, Money totalIncrease, Money totalDecrease,
                         List<EntryLine> entry) {
    }

    public static Result compute(List<Receivable> receivables) {
        if (receivables == null || receivables.isEmpty() || receivables.size() > MAX_RECEIVABLES) {
            throw new InvalidInputException("receivables", "must hold 1 to " + MAX_RECEIVABLES + " receivables");
        }
        List<Line> lines = new ArrayList<>();
        List<EntryLine> reclass = new ArrayList<>();
        Money total = Money.ZERO;
        Money up = Money.ZERO;
        Money down = Money.ZERO;
        for (Receivable r : receivables) {
            BigDecimal factor = BigDecimal.ONE.add(r.vatRate().movePointLeft(2));
            Money ht = Money.of(r.amountInclVat().amount().divide(factor, 2, RoundingMode.HALF_UP));
            Money provision = ht.percent(r.lossRate(), Money.HALF_UP);
            Money delta = provision.minus(r.previousProvision());
            Money inc = delta.isPositive() ? delta : Money.ZERO;
            Money dec = delta.isNegative() ? delta.negate() : Money.ZERO;
            lines.add(new Line(r.customer(), r.amountInclVat(), ht, r.lossRate(), provision, r.previousProvision(), inc, dec));
            if (r.previousProvision().isZero() && r.amountInclVat().isPositive()) {
                String label = "Créance douteuse " + r.customer();
                reclass.add(EntryLine.debit("416", label, r.amountInclVat()));
                reclass.add(EntryLine.credit("411", label, r.amountInclVat()));
            }
            total = total.plus(provision);
            up = up.plus(inc);
            down = down.plus(dec);
        }
        List<EntryLine> entry = new ArrayList<>(reclass);
        if (up.isPositive()) {
            entry.add(EntryLine.debit("6817", "Dotation aux dépréciations des créances", up));
            entry.add(EntryLine.credit("491", "Dotation aux dépréciations des créances", up));
        }
        if (down.isPositive()) {
            entry.add(EntryLine.debit("491", "Reprise sur dépréciations des créances", down));
            entry.add(EntryLine.credit("7817", "Reprise sur dépréciations des créances", down));
        }
        return new Result(lines, total, up, down, entry);
    }
}
