package fr.agora.domain.tva;

import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Money;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * When the TVA of an operation becomes exigible (RULES-REFERENCE §1.3; CGI art. 269-2):
 * <ul>
 *   <li><b>goods</b>: at delivery (the invoice date when no delivery date is given); an acompte received before
 *       delivery makes the TVA due on receipt, up to the amount received;</li>
 *   <li><b>services</b>: on each payment; with the option pour les débits, at invoicing, and no later than an
 *       acompte received before the invoice;</li>
 *   <li><b>intra-EU acquisitions</b> (autoliquidation): on the 15th of the month after the fait générateur
 *       (delivery, or performance for services), or at the invoice date if earlier (CGI art. 269-2-d); payments play no
 *       part;</li>
 *   <li>purchases follow the supplier's exigibilité (deduction at payment for services on receipts); credit notes
 *       follow the same rules as the operation they reverse.</li>
 * </ul>
 * A payment (TTC) covers every line of the operation in proportion; the cumulative share is rounded half up to the
 * cent, so that the parts always add up to the line's base and tax.
 */
public final class Exigibility {

    private final VatRateTable rates;

    public Exigibility(VatRateTable rates) {
        this.rates = Objects.requireNonNull(rates, "rates");
    }

    /** A line of an operation with its rate resolved and its tax computed to the cent. */
    public record ResolvedLine(VatRate rate, long baseCents, long taxCents) {
    }

    /** The part of an operation's lines that becomes exigible on a date (cents, same order as the lines). */
    public record Event(LocalDate date, long[] baseCents, long[] taxCents) {
    }

    /** Per month: TVA collectée (sales net of credit notes, self-assessed TVA) and deductible TVA. */
    public record MonthlyVat(YearMonth month, Money collected, Money deductible, Money net) {
    }

    public ResolvedLine[] resolve(Operation op, String field) {
        List<Operation.Line> ls = op.lines();
        ResolvedLine[] out = new ResolvedLine[ls.size()];
        for (int i = 0; i < out.length; i++) {
            Operation.Line l = ls.get(i);
            VatRate r = rates.rateFor(l.vatRate(), l.exemption(), op.invoiceDate(), field + ".lines[" + i + "].vatRate");
            long base = l.base().cents();
            out[i] = new ResolvedLine(r, base, Amounts.percentOfCents(base, r.basisPoints()));
        }
        return out;
    }

    /** The date from which the whole remainder is due, or {@code null} when only payments make the TVA due. */
    public static LocalDate triggerDate(Operation op) {
        LocalDate fg = op.deliveryDate() != null ? op.deliveryDate() : op.invoiceDate();
        if (op.kind() == OperationKind.INTRA_EU_ACQUISITION) {
            LocalDate fifteenth = YearMonth.from(fg).plusMonths(1).atDay(15);
            return op.invoiceDate().isBefore(fifteenth) ? op.invoiceDate() : fifteenth;
        }
        if (op.nature() == Nature.GOODS) {
            return fg;
        }
        return op.vatOnDebits() ? op.invoiceDate() : null;
    }

    /** The exigibility events of an operation, in date order. */
    public List<Event> events(Operation op, ResolvedLine[] lines) {
        LocalDate trigger = triggerDate(op);
        int n = lines.length;
        boolean paymentsCount = op.kind() != OperationKind.INTRA_EU_ACQUISITION;
        if (!paymentsCount || op.payments().isEmpty()) {
            if (trigger == null) {
                return List.of();
            }
            long[] b = new long[n];
            long[] t = new long[n];
            for (int i = 0; i < n; i++) {
                b[i] = lines[i].baseCents();
                t[i] = lines[i].taxCents();
            }
            return List.of(new Event(trigger, b, t));
        }
        long ttc = 0;
        for (ResolvedLine l : lines) {
            ttc += l.baseCents() + l.taxCents();
        }
        List<Operation.Payment> pays = new ArrayList<>(op.payments());
        pays.sort(Comparator.comparing(Operation.Payment::date));
        List<Event> out = new ArrayList<>();
        long covered = 0;
        long[] prevB = new long[n];
        long[] prevT = new long[n];
        for (Operation.Payment p : pays) {
            if (covered >= ttc || (trigger != null && !p.date().isBefore(trigger))) {
                break;
            }
            covered = Math.min(ttc, covered + p.amount().cents());
            out.add(share(p.date(), lines, covered, ttc, prevB, prevT));
        }
        if (trigger != null && covered < ttc) {
            out.add(share(trigger, lines, ttc, ttc, prevB, prevT));
        }
        return out;
    }

    private static Event share(LocalDate date, ResolvedLine[] lines, long covered, long ttc, long[] prevB, long[] prevT) {
        int n = lines.length;
        long[] b = new long[n];
        long[] t = new long[n];
        for (int i = 0; i < n; i++) {
            long cumB = prorata(lines[i].baseCents(), covered, ttc);
            long cumT = prorata(lines[i].taxCents(), covered, ttc);
            b[i] = cumB - prevB[i];
            t[i] = cumT - prevT[i];
            prevB[i] = cumB;
            prevT[i] = cumT;
        }
        return new Event(date, b, t);
    }

    /** value × covered / total, rounded half up; exactly value when everything is covered. */
    static long prorata(long value, long covered, long total) {
        if (covered >= total || total == 0) {
            return value;
        }
        BigInteger[] qr = BigInteger.valueOf(value).multiply(BigInteger.valueOf(covered))
                .divideAndRemainder(BigInteger.valueOf(total));
        long q = qr[0].longValueExact();
        return qr[1].shiftLeft(1).compareTo(BigInteger.valueOf(total)) >= 0 ? q + 1 : q;
    }

    /** The TVA due month by month, from operations with their dates and payments. */
    public List<MonthlyVat> duePerMonth(List<Operation> operations) {
        TreeMap<YearMonth, long[]> months = new TreeMap<>();
        for (int k = 0; k < operations.size(); k++) {
            Operation op = Operations.check(operations.get(k), "operations[" + k + "]");
            ResolvedLine[] lines = resolve(op, "operations[" + k + "]");
            for (Event e : events(op, lines)) {
                long[] acc = months.computeIfAbsent(YearMonth.from(e.date()), m -> new long[2]);
                long tax = 0;
                for (long t : e.taxCents()) {
                    tax += t;
                }
                switch (op.kind()) {
                    case SALE -> acc[0] += tax;
                    case SALE_CREDIT_NOTE -> acc[0] -= tax;
                    case PURCHASE -> acc[1] += tax;
                    case PURCHASE_CREDIT_NOTE -> acc[1] -= tax;
                    case INTRA_EU_ACQUISITION -> {
                        acc[0] += tax;
                        acc[1] += tax;
                    }
                }
            }
        }
        List<MonthlyVat> out = new ArrayList<>();
        months.forEach((m, a) -> out.add(new MonthlyVat(m, Money.ofCents(a[0]), Money.ofCents(a[1]), Money.ofCents(a[0] - a[1]))));
        return out;
    }

    static InvalidInputException invalid(String field, String message) {
        return new InvalidInputException("invalid-operation", field, message, Map.of());
    }
}
