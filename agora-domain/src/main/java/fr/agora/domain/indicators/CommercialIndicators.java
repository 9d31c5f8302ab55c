package fr.agora.domain.indicators;

import fr.agora.domain.shared.Money;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * The commercial dashboard: turnover (HT), cost, gross margin, margin rate (margin / cost) and markup rate (taux de
 * marque, margin / turnover), average basket (turnover / orders), breakdowns by customer type and by product, the
 * quote conversion rate, monthly series, and the reference month's changes month on month and year on year.
 */
public record CommercialIndicators(Money turnover, Money cost, Money margin, BigDecimal marginRate, BigDecimal markupRate,
        int orders, Money averageBasket, List<Breakdown> byCustomerType, List<Breakdown> byProduct,
        QuoteConversion quotes, ChartSeries turnoverByMonth, ChartSeries marginByMonth, Change monthOnMonth,
        Change yearOnYear) {

    public CommercialIndicators {
        byCustomerType = List.copyOf(byCustomerType);
        byProduct = List.copyOf(byProduct);
    }

    /** One customer type or product: its turnover, share of the total, margin and rates. */
    public record Breakdown(String key, Money turnover, BigDecimal sharePercent, Money margin, BigDecimal marginRate,
            BigDecimal markupRate) {
    }

    /** Quotes issued, accepted, refused, pending; accepted / issued and accepted / decided, in per cent. */
    public record QuoteConversion(int issued, int accepted, int refused, int pending, BigDecimal conversionRate,
            BigDecimal conversionRateOfDecided) {
    }

    /** The turnover of {@code month} against {@code previousMonth}: (current − previous) / previous × 100. */
    public record Change(YearMonth month, Money turnover, YearMonth previousMonth, Money previousTurnover,
            BigDecimal changePercent) {
    }
}
