package fr.agora.domain.receivables;

import fr.agora.domain.shared.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Balance âgée at {@code date}: each item's bucket and late-payment penalty, totals per bucket, and per customer its
 * reminder stage, penalties, indemnities and the data of its reminder letter. {@code warnings} says when a figure
 * rests on an assumption (an ECB rate past the verified table).
 */
public record AgeingReport(LocalDate date, List<AgedItem> items, Map<AgeingBucket, Money> totals, Money total,
                           List<CustomerAgeing> customers, List<String> warnings) {

    public record AgedItem(String id, String customer, long daysOverdue, AgeingBucket bucket, Money amount,
                           LatePaymentPenalty penalty) {
    }

    /** @param letter the letter of the stage, null at {@link ReminderStage#NONE} */
    public record CustomerAgeing(String customer, Map<AgeingBucket, Money> totals, Money total, long maxDaysOverdue,
                                 ReminderStage stage, Money penalties, Money indemnities, ReminderLetter letter) {
    }
}
