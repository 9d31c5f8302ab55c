package fr.agora.application.port.in.indicators;

import fr.agora.domain.indicators.Quote;
import fr.agora.domain.indicators.Sale;
import java.time.YearMonth;
import java.util.List;

/** Sales lines, quotes, and the month the changes are computed for (the last month with sales when null). */
public record ComputeCommercialIndicatorsCommand(List<Sale> sales, List<Quote> quotes, YearMonth referenceMonth) {

    public ComputeCommercialIndicatorsCommand {
        sales = sales == null ? List.of() : List.copyOf(sales);
        quotes = quotes == null ? List.of() : List.copyOf(quotes);
    }
}
