package fr.agora.domain.receivables;

import fr.agora.domain.shared.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Balance âgée at {@code date}: each item's bucket, totals per bucket, and each customer's reminder stage. */
public record AgeingReport(LocalDate date, List<AgedItem> items, Map<AgeingBucket, Money> totals, Money total,
                           List<CustomerAgeing> customers) {

    public record AgedItem(String id, String customer, long daysOverdue, AgeingBucket bucket, Money amount) {
    }

    public record CustomerAgeing(String customer, Map<AgeingBucket, Money> totals, Money total, long maxDaysOverdue,
                                 ReminderStage stage) {
    }
}
