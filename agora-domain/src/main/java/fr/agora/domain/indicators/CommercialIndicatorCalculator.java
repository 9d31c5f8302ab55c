package fr.agora.domain.indicators;

import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Commercial indicators from sales lines and quotes (docs/personnel.md §5). Margin = turnover − cost; margin rate
 * (taux de marge) = margin / cost × 100; markup rate (taux de marque) = margin / turnover × 100; average basket =
 * turnover / distinct orders; conversion = accepted quotes / quotes issued × 100. The reference month (the last month
 * with sales when none is given) is compared with the month before and the same month a year before.
 */
public final class CommercialIndicatorCalculator {

    public CommercialIndicators compute(List<Sale> sales, List<Quote> quotes, YearMonth referenceMonth) {
        if (sales.isEmpty() && referenceMonth == null) {
            throw new InvalidInputException("sales", "at least one sale, or a reference month");
        }
        if (referenceMonth != null && (referenceMonth.getYear() < 1900 || referenceMonth.getYear() > 2999)) {
            throw new InvalidInputException("referenceMonth", "a month between 1900 and 2999");
        }
        Totals all = new Totals();
        Map<String, Totals> byType = new TreeMap<>();
        Map<String, Totals> byProduct = new TreeMap<>();
        TreeMap<YearMonth, Totals> byMonth = new TreeMap<>();
        Set<String> orders = new HashSet<>();
        for (Sale s : sales) {
            Money t = s.turnover();
            Money c = s.cost();
            all.add(t, c);
            byType.computeIfAbsent(s.customerType(), k -> new Totals()).add(t, c);
            byProduct.computeIfAbsent(s.product(), k -> new Totals()).add(t, c);
            byMonth.computeIfAbsent(YearMonth.from(s.date()), k -> new Totals()).add(t, c);
            orders.add(s.orderId());
        }
        YearMonth ref = referenceMonth != null ? referenceMonth : byMonth.lastKey();
        Money basket = orders.isEmpty() ? null
                : Money.of(all.turnover.amount().divide(BigDecimal.valueOf(orders.size()), 2, RoundingMode.HALF_UP));
        return new CommercialIndicators(all.turnover, all.cost, all.margin(), all.marginRate(), all.markupRate(),
                orders.size(), basket, breakdown(byType, all), breakdown(byProduct, all), conversion(quotes),
                monthly(byMonth, "turnover", false), monthly(byMonth, "margin", true),
                change(byMonth, ref, ref.minusMonths(1)), change(byMonth, ref, ref.minusYears(1)));
    }

    private static List<CommercialIndicators.Breakdown> breakdown(Map<String, Totals> groups, Totals all) {
        List<CommercialIndicators.Breakdown> out = new ArrayList<>(groups.size());
        groups.forEach((key, t) -> out.add(new CommercialIndicators.Breakdown(key, t.turnover,
                Ratios.percent(t.turnover.amount(), all.turnover.amount()), t.margin(), t.marginRate(), t.markupRate())));
        return out;
    }

    private static CommercialIndicators.QuoteConversion conversion(List<Quote> quotes) {
        int[] n = new int[Quote.Status.values().length];
        for (Quote q : quotes) {
            n[q.status().ordinal()]++;
        }
        int accepted = n[Quote.Status.ACCEPTED.ordinal()];
        int refused = n[Quote.Status.REFUSED.ordinal()];
        return new CommercialIndicators.QuoteConversion(quotes.size(), accepted, refused, n[Quote.Status.PENDING.ordinal()],
                Ratios.percent(accepted, quotes.size()), Ratios.percent(accepted, accepted + refused));
    }

    /** Every month from the first to the last sale, months without sales at zero. */
    private static ChartSeries monthly(TreeMap<YearMonth, Totals> byMonth, String name, boolean margin) {
        List<String> labels = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        if (!byMonth.isEmpty()) {
            for (YearMonth m = byMonth.firstKey(); !m.isAfter(byMonth.lastKey()); m = m.plusMonths(1)) {
                Totals t = byMonth.getOrDefault(m, new Totals());
                labels.add(m.toString());
                values.add((margin ? t.margin() : t.turnover).amount());
            }
        }
        return new ChartSeries(name, "EUR", labels, values);
    }

    private static CommercialIndicators.Change change(Map<YearMonth, Totals> byMonth, YearMonth month, YearMonth previous) {
        Money current = byMonth.getOrDefault(month, new Totals()).turnover;
        Money before = byMonth.getOrDefault(previous, new Totals()).turnover;
        return new CommercialIndicators.Change(month, current, previous, before, Ratios.change(current.amount(), before.amount()));
    }

    /** Running turnover and cost of a group. */
    private static final class Totals {
        Money turnover = Money.ZERO;
        Money cost = Money.ZERO;

        void add(Money t, Money c) {
            turnover = turnover.plus(t);
            cost = cost.plus(c);
        }

        Money margin() {
            return turnover.minus(cost);
        }

        BigDecimal marginRate() {
            return Ratios.percent(margin().amount(), cost.amount());
        }

        BigDecimal markupRate() {
            return Ratios.percent(margin().amount(), turnover.amount());
        }
    }
}
