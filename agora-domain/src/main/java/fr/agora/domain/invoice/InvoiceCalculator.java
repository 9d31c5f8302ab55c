package fr.agora.domain.invoice;

import fr.agora.domain.invoice.InvoiceComputation.AccessoryShare;
import fr.agora.domain.invoice.InvoiceComputation.AppliedReduction;
import fr.agora.domain.invoice.InvoiceComputation.InvoiceProblem;
import fr.agora.domain.invoice.InvoiceComputation.VatAmount;
import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Money;
import fr.agora.domain.tva.Amounts;
import fr.agora.domain.tva.Exemption;
import fr.agora.domain.tva.Nature;
import fr.agora.domain.tva.VatRate;
import fr.agora.domain.tva.VatRateTable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Computes an invoice the way it is taught (RULES-REFERENCE §2.2), exact to the cent, HALF_UP at each displayed step;
 * {@link #compute} reads as the invoice is drawn up:
 * <ol>
 *   <li>{@link #priceLines}: line amount = quantity × unit price (rounded to the cent); gross = Σ line amounts; an
 *       exempt line (0 %) takes the 0 % "rate" of its exemption;</li>
 *   <li>{@link #applyReductions}: commercial reductions in cascade, each rate applied to the net left by the previous
 *       one; escompte = rate × net commercial; net financier = net commercial − escompte;</li>
 *   <li>{@link #taxBases}: the net financier spread over the lines pro rata to their amounts (largest remainder),
 *       summed per rate; the accessory charges (port, packaging, insurance) split pro rata of each rate's HT — an
 *       accessory follows the principal (CGI art. 267 I-2°, BOI-TVA-BASE-10-10-10 §1), an exempt line's share
 *       exempt with it;</li>
 *   <li>{@link #vatPerRate}: TVA per rate ({@link VatRounding#PER_RATE}) or per line ({@link VatRounding#PER_LINE},
 *       each rate's accessory share counting as one line);</li>
 *   <li>TTC = HT + TVA; amount due = TTC − acompte; {@link #depositShare}: the TVA already collected on the acompte,
 *       its share of the invoice's TVA (exact proportion rounded half up, spread over the rates);</li>
 *   <li>{@link InvoiceChecks}: what makes the invoice not issuable, and the mentions its exemptions require;</li>
 *   <li>{@link SalesJournal}: the acompte invoice's entry, then the invoice's (balance) entry.</li>
 * </ol>
 */
public final class InvoiceCalculator {

    private final VatRateTable rates;

    public InvoiceCalculator(VatRateTable rates) {
        this.rates = Objects.requireNonNull(rates, "rates");
    }

    /** The lines priced: their rate, their amount in cents, the gross. */
    record PricedLines(VatRate[] rates, long[] cents, Money gross) {
    }

    /** The cascade of reductions applied, and the net commercial it leaves. */
    record Cascade(List<AppliedReduction> applied, Money netCommercial) {
    }

    /** The distinct rates (highest first), each rate's base in cents and its share of the accessory charges. */
    record TaxBases(List<VatRate> order, long[] lineBases, long[] baseByRate, long[] accessoryByRate) {
    }

    /** The acompte split into its HT and the TVA it already carried, per rate (the order of the TVA list). */
    record DepositShare(Money exclVat, Money vat, long[] vatByRate) {
    }

    public InvoiceComputation compute(InvoiceRequest in) {
        PricedLines priced = priceLines(in);
        Cascade cascade = applyReductions(in.reductions(), priced.gross());
        Money netCommercial = cascade.netCommercial();
        Money cashDiscount = netCommercial.percent(in.cashDiscountRate(), Money.HALF_UP);
        Money netFinancial = netCommercial.minus(cashDiscount);
        TaxBases bases = taxBases(in, priced, netFinancial);
        List<VatAmount> vat = vatPerRate(in, priced, bases);

        Money accessories = in.accessoryTotal();
        Money totalExclVat = netFinancial.plus(accessories);
        Money totalVat = Money.ZERO;
        for (VatAmount v : vat) {
            totalVat = totalVat.plus(v.amount());
        }
        Money totalInclVat = totalExclVat.plus(totalVat);
        Money amountDue = totalInclVat.minus(in.deposit());
        DepositShare deposit = depositShare(in.deposit(), totalInclVat, vat);

        List<InvoiceProblem> problems = InvoiceChecks.problems(in, amountDue, totalInclVat);
        SalesJournal.Amounts journal = journalAmounts(in, priced, netCommercial, cashDiscount, vat, totalInclVat, deposit);
        JournalEntry depositEntry = in.deposit().isPositive() ? SalesJournal.depositEntry(journal) : null;
        return new InvoiceComputation(in.kind(), in.rounding(), priced.gross(), cascade.applied(), netCommercial,
                in.cashDiscountRate(), cashDiscount, netFinancial, in.shipping(),
                bases.order().size() == 1 ? bases.order().get(0).percent() : null, vat, totalExclVat, totalVat,
                totalInclVat, in.deposit(), amountDue, problems.isEmpty(), problems, SalesJournal.invoiceEntry(journal),
                accessories, accessorySplit(bases), InvoiceChecks.mentions(in.lines()), deposit.exclVat(), deposit.vat(),
                depositEntry);
    }

    /** Step 1: each line's rate (dated, or its exemption's 0 %) and amount = quantity × unit price, to the cent. */
    PricedLines priceLines(InvoiceRequest in) {
        int n = in.lines().size();
        VatRate[] lineRates = new VatRate[n];
        long[] lineCents = new long[n];
        long grossCents = 0;
        for (int i = 0; i < n; i++) {
            InvoiceLine l = in.lines().get(i);
            lineRates[i] = rates.rateFor(l.vatRate(), l.exemption(), in.date(), "lines[" + i + "].vatRate");
            try {
                lineCents[i] = Money.roundedHalfUp(l.unitPrice().amount().multiply(l.quantity())).cents();
                grossCents = Math.addExact(grossCents, lineCents[i]);
            } catch (ArithmeticException e) {
                throw new InvalidInputException("amount-too-large", "lines[" + i + "].quantity",
                        "quantity × unit price is too large for an invoice", Map.of());
            }
        }
        return new PricedLines(lineRates, lineCents, Money.ofCents(grossCents));
    }

    /** Step 2: commercial reductions in cascade, each on the net the previous one left. */
    static Cascade applyReductions(List<Reduction> reductions, Money gross) {
        List<AppliedReduction> applied = new ArrayList<>(reductions.size());
        Money net = gross;
        for (int i = 0; i < reductions.size(); i++) {
            Reduction r = reductions.get(i);
            Money amount = r.rate() != null ? net.percent(r.rate(), Money.HALF_UP) : r.amount();
            if (amount.compareTo(net) > 0) {
                throw new InvalidInputException("reduction-exceeds-net", "reductions[" + i + "].amount",
                        "reduction " + amount + " exceeds the net " + net + " it applies to",
                        Map.of("amount", amount.toString(), "net", net.toString()));
            }
            net = net.minus(amount);
            applied.add(new AppliedReduction(r.type(), r.rate(), amount, net));
        }
        return new Cascade(List.copyOf(applied), net);
    }

    /** Step 3: the net financier spread over the lines, summed per rate; the accessory charges split pro rata. */
    static TaxBases taxBases(InvoiceRequest in, PricedLines priced, Money netFinancial) {
        long[] lineCents = priced.cents();
        long[] lineBases = netFinancial.cents() == priced.gross().cents() ? lineCents
                : ProRata.allocate(netFinancial.cents(), lineCents);
        List<VatRate> order = distinctRates(priced.rates());
        long[] baseByRate = new long[order.size()];
        long[] grossByRate = new long[order.size()];
        for (int i = 0; i < lineCents.length; i++) {
            int k = order.indexOf(priced.rates()[i]);
            baseByRate[k] += lineBases[i];
            grossByRate[k] += lineCents[i];
        }
        long accessories = in.accessoryTotal().cents();
        if (accessories > 0 && order.isEmpty()) {
            throw new InvalidInputException("shipping-without-lines", in.shipping().isPositive() ? "shipping" : "accessories",
                    "accessory charges follow the operation they belong to: the invoice has no line", Map.of());
        }
        return new TaxBases(order, lineBases, baseByRate, splitAccessories(accessories, baseByRate, grossByRate));
    }

    /**
     * Pro rata of each rate's HT; when every base is zero (a 100 % reduction), of each rate's gross; when that is zero
     * too, all on the highest rate.
     */
    static long[] splitAccessories(long accessories, long[] baseByRate, long[] grossByRate) {
        if (accessories == 0 || baseByRate.length == 1) {
            long[] all = new long[baseByRate.length];
            if (all.length > 0) {
                all[0] = accessories;
            }
            return all;
        }
        if (ProRata.sum(baseByRate) > 0) {
            return ProRata.allocate(accessories, baseByRate);
        }
        if (ProRata.sum(grossByRate) > 0) {
            return ProRata.allocate(accessories, grossByRate);
        }
        long[] all = new long[baseByRate.length];
        all[0] = accessories;
        return all;
    }

    /** Step 4: the TVA of each rate, rounded once per rate or line by line; an exempt base says why. */
    static List<VatAmount> vatPerRate(InvoiceRequest in, PricedLines priced, TaxBases b) {
        List<VatRate> order = b.order();
        long[] vatByRate = new long[order.size()];
        if (in.rounding() == VatRounding.PER_LINE) {
            for (int i = 0; i < b.lineBases().length; i++) {
                vatByRate[order.indexOf(priced.rates()[i])] += percentOf(b.lineBases()[i], priced.rates()[i]);
            }
        }
        List<VatAmount> vat = new ArrayList<>(order.size());
        for (int k = 0; k < order.size(); k++) {
            VatRate r = order.get(k);
            long base = b.baseByRate()[k] + b.accessoryByRate()[k];
            long tax = in.rounding() == VatRounding.PER_RATE ? percentOf(base, r)
                    : vatByRate[k] + percentOf(b.accessoryByRate()[k], r);
            vat.add(new VatAmount(r.percent(), r.code(), Money.ofCents(base), Money.ofCents(tax), Exemption.of(r)));
        }
        return List.copyOf(vat);
    }

    /**
     * Step 5: the TVA carried by the acompte (TTC), in the proportion of the invoice's TVA to its TTC, rounded half
     * up, spread over the rates by largest remainder; an acompte above the TTC carries at most the invoice's TVA.
     */
    static DepositShare depositShare(Money deposit, Money totalInclVat, List<VatAmount> vat) {
        long[] vatByRate = new long[vat.size()];
        long totalVat = 0;
        for (int k = 0; k < vatByRate.length; k++) {
            vatByRate[k] = vat.get(k).amount().cents();
            totalVat += vatByRate[k];
        }
        if (!deposit.isPositive() || !totalInclVat.isPositive()) {
            return new DepositShare(deposit, Money.ZERO, new long[vat.size()]);
        }
        Money covered = deposit.min(totalInclVat);
        long depositVat = BigDecimal.valueOf(totalVat).multiply(BigDecimal.valueOf(covered.cents()))
                .divide(BigDecimal.valueOf(totalInclVat.cents()), 0, RoundingMode.HALF_UP).longValueExact();
        Money vatOnDeposit = Money.ofCents(depositVat);
        return new DepositShare(deposit.minus(vatOnDeposit), vatOnDeposit, ProRata.allocate(depositVat, vatByRate));
    }

    private static SalesJournal.Amounts journalAmounts(InvoiceRequest in, PricedLines priced, Money netCommercial,
            Money cashDiscount, List<VatAmount> vat, Money totalInclVat, DepositShare deposit) {
        // revenue per nature: the net commercial spread over the lines
        long[] revenue = netCommercial.cents() == priced.gross().cents() ? priced.cents()
                : ProRata.allocate(netCommercial.cents(), priced.cents());
        long goods = 0;
        long services = 0;
        for (int i = 0; i < revenue.length; i++) {
            if (in.lines().get(i).nature() == Nature.SERVICES) {
                services += revenue[i];
            } else {
                goods += revenue[i];
            }
        }
        return new SalesJournal.Amounts(in.kind() == InvoiceKind.CREDIT_NOTE, in.vatOnReceipts(), Money.ofCents(goods),
                Money.ofCents(services), cashDiscount, in.accessoryTotal(), vat, totalInclVat, in.deposit(),
                deposit.exclVat(), deposit.vatByRate());
    }

    private static List<AccessoryShare> accessorySplit(TaxBases b) {
        List<AccessoryShare> out = new ArrayList<>(b.order().size());
        for (int k = 0; k < b.order().size(); k++) {
            if (b.accessoryByRate()[k] != 0) {
                VatRate r = b.order().get(k);
                out.add(new AccessoryShare(r.percent(), Exemption.of(r), Money.ofCents(b.accessoryByRate()[k])));
            }
        }
        return List.copyOf(out);
    }

    private static long percentOf(long cents, VatRate r) {
        return Amounts.percentOfCents(cents, r.basisPoints());
    }

    /** Distinct rates, highest first (exempt 0 % bases last, in line order). */
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
}
