package fr.agora.domain.receivables;

import fr.agora.domain.bank.DuplicateIdException;
import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Money;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Ageing of open receivables and the reminder stage of each customer (stage of its oldest overdue item). */
public final class ReceivablesAgeing {

    public AgeingReport age(LocalDate date, List<OpenItem> items, ReminderPolicy policy) {
        if (date == null) {
            throw new InvalidInputException("date", "is required");
        }
        Set<String> ids = new HashSet<>();
        List<AgeingReport.AgedItem> aged = new ArrayList<>();
        Map<AgeingBucket, Money> totals = zeros();
        Map<String, Map<AgeingBucket, Money>> perCustomer = new TreeMap<>();
        Map<String, Long> maxDays = new TreeMap<>();
        Money total = Money.ZERO;
        for (int i = 0; i < items.size(); i++) {
            OpenItem it = items.get(i);
            if (!ids.add(it.id())) {
                throw new DuplicateIdException("items[" + i + "].id", it.id());
            }
            if (Math.abs(ChronoUnit.YEARS.between(it.dueDate(), date)) > 50) {
                throw new InvalidInputException("date-out-of-range", "items[" + i + "].dueDate", "date out of range",
                        Map.of("value", it.dueDate().toString()));
            }
            long days = ChronoUnit.DAYS.between(it.dueDate(), date);
            AgeingBucket b = AgeingBucket.of(days);
            aged.add(new AgeingReport.AgedItem(it.id(), it.customer(), days, b, it.amount()));
            totals.merge(b, it.amount(), Money::plus);
            total = total.plus(it.amount());
            perCustomer.computeIfAbsent(it.customer(), c -> zeros()).merge(b, it.amount(), Money::plus);
            maxDays.merge(it.customer(), days, Math::max);
        }
        List<AgeingReport.CustomerAgeing> customers = new ArrayList<>();
        for (Map.Entry<String, Map<AgeingBucket, Money>> e : perCustomer.entrySet()) {
            Money t = Money.total(e.getValue().values());
            long max = maxDays.get(e.getKey());
            customers.add(new AgeingReport.CustomerAgeing(e.getKey(), e.getValue(), t, max,
                    t.isPositive() ? policy.stageFor(max) : ReminderStage.NONE));
        }
        return new AgeingReport(date, aged, totals, total, customers);
    }

    private static Map<AgeingBucket, Money> zeros() {
        Map<AgeingBucket, Money> m = new EnumMap<>(AgeingBucket.class);
        for (AgeingBucket b : AgeingBucket.values()) {
            m.put(b, Money.ZERO);
        }
        return m;
    }
}
