package fr.agora.domain.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.domain.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommercialIndicatorCalculatorTest {

    private static Sale sale(String date, String order, String type, String product, String qty, String price, String cost) {
        return new Sale(LocalDate.parse(date), order, type, product, new BigDecimal(qty), Money.of(price), Money.of(cost));
    }

    private static final List<Sale> SALES = List.of(
            sale("2025-03-10", "O1", "PRO", "Chaise", "10", "50.00", "30.00"),   // T 500,00  C 300
            sale("2026-02-05", "O2", "PART", "Chaise", "2", "60.00", "30.00"),   // T 120,00  C 60
            sale("2026-03-03", "O3", "PRO", "Bureau", "1", "400.00", "250.00"),  // T 400,00  C 250
            sale("2026-03-03", "O3", "PRO", "Chaise", "4", "50.00", "30.00"),    // T 200,00  C 120
            sale("2026-03-20", "O4", "PART", "Lampe", "3", "33.33", "20.00"));   // T 99,99   C 60

    @Test
    void totals_margins_basket() {
        CommercialIndicators c = new CommercialIndicatorCalculator().compute(SALES, List.of(), null);
        // turnover 1 319,99; cost 790; margin 529,99
        // margin rate 529,99 / 790 = 67,087 % → 67,09; markup rate 529,99 / 1 319,99 = 40,151 % → 40,15
        // 4 orders: basket 1 319,99 / 4 = 329,9975 → 330,00
        assertThat(c.turnover().amount()).isEqualByComparingTo("1319.99");
        assertThat(c.margin().amount()).isEqualByComparingTo("529.99");
        assertThat(c.marginRate()).isEqualByComparingTo("67.09");
        assertThat(c.markupRate()).isEqualByComparingTo("40.15");
        assertThat(c.orders()).isEqualTo(4);
        assertThat(c.averageBasket().amount()).isEqualByComparingTo("330.00");
    }

    @Test
    void breakdowns_by_customer_type_and_product() {
        CommercialIndicators c = new CommercialIndicatorCalculator().compute(SALES, List.of(), null);
        // PART: 219,99 (16,666 % → 16,67), margin 99,99; PRO: 1 100 (83,33 %), margin 430, 430 / 670 = 64,18 %, 430 / 1 100 = 39,09 %
        assertThat(c.byCustomerType()).extracting(CommercialIndicators.Breakdown::key).containsExactly("PART", "PRO");
        assertThat(c.byCustomerType().get(0).sharePercent()).isEqualByComparingTo("16.67");
        assertThat(c.byCustomerType().get(1).sharePercent()).isEqualByComparingTo("83.33");
        assertThat(c.byCustomerType().get(1).marginRate()).isEqualByComparingTo("64.18");
        assertThat(c.byCustomerType().get(1).markupRate()).isEqualByComparingTo("39.09");
        // Chaise: 500 + 120 + 200 = 820
        assertThat(c.byProduct()).extracting(CommercialIndicators.Breakdown::key).containsExactly("Bureau", "Chaise", "Lampe");
        assertThat(c.byProduct().get(1).turnover().amount()).isEqualByComparingTo("820.00");
    }

    @Test
    void month_on_month_and_year_on_year() {
        CommercialIndicators c = new CommercialIndicatorCalculator().compute(SALES, List.of(), null);
        // March 2026: 699,99; February: 120 → (699,99 − 120) / 120 = 483,325 % → 483,33; March 2025: 500 → 39,998 % → 40,00
        assertThat(c.monthOnMonth().month()).isEqualTo(YearMonth.of(2026, 3));
        assertThat(c.monthOnMonth().turnover().amount()).isEqualByComparingTo("699.99");
        assertThat(c.monthOnMonth().changePercent()).isEqualByComparingTo("483.33");
        assertThat(c.yearOnYear().previousMonth()).isEqualTo(YearMonth.of(2025, 3));
        assertThat(c.yearOnYear().changePercent()).isEqualByComparingTo("40.00");
        // 13 months from March 2025 to March 2026, empty months at zero
        assertThat(c.turnoverByMonth().labels()).hasSize(13).startsWith("2025-03").endsWith("2026-03");
        assertThat(c.turnoverByMonth().values().get(1)).isEqualByComparingTo("0");
        // a month without sales before it: no change figure
        CommercialIndicators jan = new CommercialIndicatorCalculator().compute(SALES, List.of(), YearMonth.of(2026, 1));
        assertThat(jan.monthOnMonth().changePercent()).isNull();
    }

    @Test
    void quote_conversion() {
        List<Quote> quotes = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            quotes.add(new Quote("D" + i, LocalDate.of(2026, 3, 1), i < 4 ? Quote.Status.ACCEPTED : i < 7 ? Quote.Status.REFUSED
                    : Quote.Status.PENDING));
        }
        // 4 accepted of 10 issued = 40 %; of the 7 decided = 57,142 % → 57,14
        CommercialIndicators.QuoteConversion q = new CommercialIndicatorCalculator().compute(SALES, quotes, null).quotes();
        assertThat(q.conversionRate()).isEqualByComparingTo("40.00");
        assertThat(q.conversionRateOfDecided()).isEqualByComparingTo("57.14");
    }
}
