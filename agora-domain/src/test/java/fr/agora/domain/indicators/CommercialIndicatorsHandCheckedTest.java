package fr.agora.domain.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.domain.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Audit 2026-12: commercial indicators by hand (taux de marge = marge ÷ coût d'achat; taux de marque = marge ÷ prix de
 * vente HT; panier moyen = CA ÷ commandes; variations (courant − précédent) ÷ précédent).
 */
class CommercialIndicatorsHandCheckedTest {

    static Sale sale(String date, String order, String type, String product, String qty, String price, String cost) {
        return new Sale(LocalDate.parse(date), order, type, product, new BigDecimal(qty), Money.of(price), Money.of(cost));
    }

    @Test
    void margins_basket_quotes_and_changes() {
        // CA 100 (02/2025) + 500 (01/2026) + 100 + 200 (02/2026) = 900; coût 80 + 300 + 60 + 150 = 590; marge 310
        // taux de marge 310 / 590 = 52.54 %; taux de marque 310 / 900 = 34.44 %; 3 orders → panier 300.00
        // quotes 2 accepted, 1 refused, 1 pending: 2/4 = 50.00 %, 2/3 = 66.67 %
        // February 2026 (300) vs January (500): −40.00 %; vs February 2025 (100): +200.00 %
        CommercialIndicators r = new CommercialIndicatorCalculator().compute(List.of(
                sale("2025-02-20", "O0", "PRO", "B", "1", "100", "80"),
                sale("2026-01-10", "O1", "PRO", "A", "10", "50", "30"),
                sale("2026-02-05", "O2", "PART", "A", "2", "50", "30"),
                sale("2026-02-05", "O2", "PART", "B", "1", "200", "150")), List.of(
                new Quote("Q1", LocalDate.of(2026, 1, 2), Quote.Status.ACCEPTED),
                new Quote("Q2", LocalDate.of(2026, 1, 3), Quote.Status.ACCEPTED),
                new Quote("Q3", LocalDate.of(2026, 1, 4), Quote.Status.REFUSED),
                new Quote("Q4", LocalDate.of(2026, 1, 5), Quote.Status.PENDING)), YearMonth.of(2026, 2));
        assertThat(r.turnover()).isEqualTo(Money.of("900"));
        assertThat(r.margin()).isEqualTo(Money.of("310"));
        assertThat(r.marginRate()).isEqualByComparingTo("52.54");
        assertThat(r.markupRate()).isEqualByComparingTo("34.44");
        assertThat(r.orders()).isEqualTo(3);
        assertThat(r.averageBasket()).isEqualTo(Money.of("300"));
        assertThat(r.quotes().conversionRate()).isEqualByComparingTo("50.00");
        assertThat(r.quotes().conversionRateOfDecided()).isEqualByComparingTo("66.67");
        assertThat(r.monthOnMonth().changePercent()).isEqualByComparingTo("-40.00");
        assertThat(r.yearOnYear().changePercent()).isEqualByComparingTo("200.00");
    }
}
