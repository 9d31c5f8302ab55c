package fr.agora.domain.invoice;

import fr.agora.domain.invoice.InvoiceComputation.AppliedReduction;
import fr.agora.domain.invoice.InvoiceComputation.InvoiceProblem;
import fr.agora.domain.invoice.InvoiceComputation.VatAmount;
import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Money;
import fr.agora.domain.tva.Nature;
import fr.agora.domain.tva.VatRate;
import fr.agora.domain.tva.VatRateTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Computes an invoice the way it is taught (RULES-REFERENCE §2.2), exact to the cent, HALF_UP at each displayed step:
 * <ol>
 *   <li>line amount = quantity × unit price (rounded to the cent); gross = Σ line amounts;</li>
 *   <li>commercial reductions in cascade, each rate applied to the net left by the previous one;</li>
 *   <li>escompte = rate × net commercial; net financier = net commercial − escompte;</li>
 *   <li>frais de port added after, taxed at the main operation's rate (the rate with the largest gross);</li>
 *   <li>the net financier is spread over the lines pro rata to their amounts (largest remainder, so the parts add up
 *       to the cent); TVA per rate ({@link VatRounding#PER_RATE}) or per line ({@link VatRounding#PER_LINE});</li>
 *   <li>TTC = HT + TVA; amount due = TTC − acompte already invoiced;</li>
 *   <li>the sales-journal entry: D 411 TTC, D 665 escompte, C 707/706 net commercial, C 7085 port, C 44571 TVA
 *       (a credit note reverses it on 709); an acompte imputed: D 4191 / C 411.</li>
 * </ol>
 */
public final class InvoiceCalculator {

    private final VatRateTable rates;

    public InvoiceCalculator(VatRateTable rates) {
        this.rates = Objects.requireNonNull(rates, "rates");
    }

    public InvoiceComputation compute(InvoiceRequest in) {
        int n = in.lines().size();
        VatRate[] lineRates = new VatRate[n];
        long[] lineCents = new long[n];
        long grossCents = 0;
        for (int i = 0; i < n; i++) {
            InvoiceLine l = in.lines().get(i);
            lineRates[i] = rates.rateFor(l.vatRate(), in.date(), "lines[" + i + "].vatRate");
            try {
                lineCents[i] = Money.roundedHalfUp(l.unitPrice().amount().multiply(l.quantity())).cents();
                grossCents = Math.addExact(grossCents, lineCents[i]);
            } catch (ArithmeticException e) {
                throw new InvalidInputException("amount-too-large", "lines[" + i + "].quantity",
                        "quantity × unit price is too large for an invoice", Map.of());
            }
        }
        Money gross = Money.ofCents(grossCents);

        // 2. cascade of commercial reductions
        List<AppliedReduction> applied = new ArrayList<>(in.reductions().size());
        Money net = gross;
        for (int i = 0; i < in.reductions().size(); i++) {
            Reduction r = in.reductions().get(i);
            Money amount = r.rate() != null ? net.percent(r.rate(), Money.HALF_UP) : r.amount();
            if (amount.compareTo(net) > 0) {
                throw new InvalidInputException("reduction-exceeds-net", "reductions[" + i + "].amount",
                        "reduction " + amount + " exceeds the net " + net + " it applies to",
                        Map.of("amount", amount.toString(), "net", net.toString()));
            }
            net = net.minus(amount);
            applied.add(new AppliedReduction(r.type(), r.rate(), amount, net));
        }
        Money netCommercial = net;

        // 3. escompte on the net commercial
        Money cashDiscount = netCommercial.percent(in.cashDiscountRate(), Money.HALF_UP);
        Money netFinancial = netCommercial.minus(cashDiscount);

        // 4. frais de port at the main operation's rate
        VatRate mainRate = mainRate(lineRates, lineCents);
        if (mainRate == null && in.shipping().isPositive()) {
            throw new InvalidInputException("shipping-without-lines", "shipping",
                    "frais de port take the rate of the main operation: the invoice has no line", Map.of());
        }

        // 5. spread the net financier over the lines, then TVA per rate or per line
        long[] lineBases = netFinancial.cents() == grossCents ? lineCents : allocate(netFinancial.cents(), lineCents);
        List<VatRate> order = distinctRates(lineRates);
        long[] baseByRate = new long[order.size()];
        long[] vatByRate = new long[order.size()];
        for (int i = 0; i < n; i++) {
            int k = order.indexOf(lineRates[i]);
            baseByRate[k] += lineBases[i];
            if (in.rounding() == VatRounding.PER_LINE) {
                vatByRate[k] += percentOf(lineBases[i], lineRates[i]);
            }
        }
        if (mainRate != null) {
            int k = order.indexOf(mainRate);
            baseByRate[k] += in.shipping().cents();
            if (in.rounding() == VatRounding.PER_LINE) {
                vatByRate[k] += percentOf(in.shipping().cents(), mainRate);
            }
        }
        List<VatAmount> vat = new ArrayList<>(order.size());
        long totalVatCents = 0;
        for (int k = 0; k < order.size(); k++) {
            VatRate r = order.get(k);
            if (in.rounding() == VatRounding.PER_RATE) {
                vatByRate[k] = percentOf(baseByRate[k], r);
            }
            totalVatCents += vatByRate[k];
            vat.add(new VatAmount(r.percent(), r.code(), Money.ofCents(baseByRate[k]), Money.ofCents(vatByRate[k])));
        }
        Money totalExclVat = netFinancial.plus(in.shipping());
        Money totalVat = Money.ofCents(totalVatCents);
        Money totalInclVat = totalExclVat.plus(totalVat);
        Money amountDue = totalInclVat.minus(in.deposit());

        List<InvoiceProblem> problems = new ArrayList<>(2);
        if (n == 0) {
            problems.add(new InvoiceProblem("EMPTY_INVOICE", "lines", "an invoice without any line cannot be issued"));
        }
        if (amountDue.isNegative()) {
            problems.add(new InvoiceProblem("DEPOSIT_EXCEEDS_TOTAL", "deposit",
                    "the acompte " + in.deposit() + " exceeds the total TTC " + totalInclVat));
        }
        JournalEntry entry = journal(in, lineCents, netCommercial, cashDiscount, vat, totalInclVat);
        return new InvoiceComputation(in.kind(), in.rounding(), gross, List.copyOf(applied), netCommercial,
                in.cashDiscountRate(), cashDiscount, netFinancial, in.shipping(), mainRate == null ? null : mainRate.percent(),
                List.copyOf(vat), totalExclVat, totalVat, totalInclVat, in.deposit(), amountDue, problems.isEmpty(),
                List.copyOf(problems), entry);
    }

    private static long percentOf(long cents, VatRate r) {
        return fr.agora.domain.tva.Amounts.percentOfCents(cents, r.basisPoints());
    }

    /** The rate carrying the largest gross; on a tie, the higher rate. */
    private static VatRate mainRate(VatRate[] lineRates, long[] lineCents) {
        List<VatRate> order = distinctRates(lineRates);
        VatRate best = null;
        long bestCents = Long.MIN_VALUE;
        for (VatRate r : order) {
            long sum = 0;
            for (int i = 0; i < lineRates.length; i++) {
                if (lineRates[i] == r) {
                    sum += lineCents[i];
                }
            }
            if (sum > bestCents || (sum == bestCents && r.percent().compareTo(best.percent()) > 0)) {
                best = r;
                bestCents = sum;
            }
        }
        return best;
    }

    /** Distinct rates, highest first. */
    private static List<VatRate> distinctRates(VatRate[] lineRates) {
        List<VatRate> order = new ArrayList<>(4);
        for (VatRate r : lineRates) {
            if (!order.contains(r)) {
                order.add(r);
            }
        }
        order.sort((a, b) -> b.percent().compareTo(a.percent()));
        return order;
    }

    /**
     * Spreads {@code total} cents over parts pro rata to {@code weights} (all ≥ 0): each part gets the floor of its
     * exact share, then the cents left go one by one to the largest remainders (earliest first on a tie). The parts
     * add up to {@code total} exactly.
     */
    static long[] allocate(long total, long[] weights) {
        int n = weights.length;
        long[] parts = new long[n];
        long sum = 0;
        for (long w : weights) {
            sum += w;
        }
        if (n == 0 || sum == 0) {
            return parts;
        }
        BigDecimal bTotal = BigDecimal.valueOf(total);
        BigDecimal bSum = BigDecimal.valueOf(sum);
        long[] rem = new long[n];
        long given = 0;
        for (int i = 0; i < n; i++) {
            java.math.BigInteger[] qr = bTotal.toBigInteger().multiply(java.math.BigInteger.valueOf(weights[i]))
                    .divideAndRemainder(bSum.toBigInteger());
            parts[i] = qr[0].longValueExact();
            rem[i] = qr[1].longValueExact();
            given += parts[i];
        }
        long left = total - given;
        while (left > 0) {
            int best = -1;
            for (int i = 0; i < n; i++) {
                if (rem[i] >= 0 && (best < 0 || rem[i] > rem[best])) {
                    best = i;
                }
            }
            parts[best]++;
            rem[best] = -1;
            left--;
        }
        return parts;
    }

    private JournalEntry journal(InvoiceRequest in, long[] lineCents, Money netCommercial, Money cashDiscount,
            List<VatAmount> vat, Money totalInclVat) {
        boolean credit = in.kind() == InvoiceKind.CREDIT_NOTE;
        List<JournalEntry.Line> out = new ArrayList<>();
        Money zero = Money.ZERO;
        // revenue per nature: the net commercial spread over the lines
        long[] revenue = netCommercial.cents() == sum(lineCents) ? lineCents : allocate(netCommercial.cents(), lineCents);
        long goods = 0;
        long services = 0;
        for (int i = 0; i < revenue.length; i++) {
            if (in.lines().get(i).nature() == Nature.SERVICES) {
                services += revenue[i];
            } else {
                goods += revenue[i];
            }
        }
        List<JournalEntry.Line> debits = new ArrayList<>();
        List<JournalEntry.Line> credits = new ArrayList<>();
        debits.add(new JournalEntry.Line("411", "Clients", totalInclVat, zero));
        if (cashDiscount.isPositive()) {
            debits.add(new JournalEntry.Line("665", "Escomptes accordés", cashDiscount, zero));
        }
        if (goods != 0) {
            credits.add(new JournalEntry.Line(credit ? "709" : "707",
                    credit ? "RRR accordés / retours (marchandises)" : "Ventes de marchandises", zero, Money.ofCents(goods)));
        }
        if (services != 0) {
            credits.add(new JournalEntry.Line(credit ? "709" : "706",
                    credit ? "RRR accordés (prestations de services)" : "Prestations de services", zero, Money.ofCents(services)));
        }
        if (in.shipping().isPositive()) {
            credits.add(new JournalEntry.Line("7085", "Ports et frais accessoires facturés", zero, in.shipping()));
        }
        for (VatAmount v : vat) {
            if (!v.amount().isZero()) {
                credits.add(new JournalEntry.Line("44571", "TVA collectée " + v.rate().toPlainString() + " %", zero, v.amount()));
            }
        }
        if (!credit) {
            out.addAll(debits);
            out.addAll(credits);
            if (in.deposit().isPositive()) {
                out.add(new JournalEntry.Line("4191", "Acompte imputé", in.deposit(), zero));
                out.add(new JournalEntry.Line("411", "Acompte imputé", zero, in.deposit()));
            }
            return new JournalEntry("VE", "Facture", out);
        }
        for (JournalEntry.Line l : credits) {
            out.add(new JournalEntry.Line(l.account(), l.label(), l.credit(), l.debit()));
        }
        for (JournalEntry.Line l : debits) {
            out.add(new JournalEntry.Line(l.account(), l.label(), l.credit(), l.debit()));
        }
        return new JournalEntry("VE", "Avoir", out);
    }

    private static long sum(long[] a) {
        long s = 0;
        for (long x : a) {
            s += x;
        }
        return s;
    }
}
