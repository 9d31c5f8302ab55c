package fr.agora.domain.receivables;

import fr.agora.domain.bank.DuplicateIdException;
import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Money;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Ageing of open receivables (balance âgée), the late-payment penalties of each overdue invoice, and per customer
 * the reminder stage (that of its oldest overdue item) with the data of its letter.
 */
public final class ReceivablesAgeing {

    public AgeingReport age(LocalDate date, List<OpenItem> items, ReminderPolicy policy) {
        return age(date, items, policy, PenaltyTerms.legalDefault());
    }

    public AgeingReport age(LocalDate date, List<OpenItem> items, ReminderPolicy policy, PenaltyTerms terms) {
        if (date == null) {
            throw new InvalidInputException("date", "is required");
        }
        List<AgeingReport.AgedItem> aged = ageItems(date, items, terms);
        Map<AgeingBucket, Money> totals = zeros();
        Money total = Money.ZERO;
        Map<String, List<AgeingReport.AgedItem>> byCustomer = new TreeMap<>();
        for (AgeingReport.AgedItem it : aged) {
            totals.merge(it.bucket(), it.amount(), Money::plus);
            total = total.plus(it.amount());
            byCustomer.computeIfAbsent(it.customer(), c -> new ArrayList<>()).add(it);
        }
        List<AgeingReport.CustomerAgeing> customers = new ArrayList<>();
        byCustomer.forEach((customer, its) -> customers.add(customer(customer, its, date, policy, terms)));
        return new AgeingReport(date, aged, totals, total, customers, warnings(aged));
    }

    private static List<AgeingReport.AgedItem> ageItems(LocalDate date, List<OpenItem> items, PenaltyTerms terms) {
        Set<String> ids = new HashSet<>();
        List<AgeingReport.AgedItem> aged = new ArrayList<>(items.size());
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
            LatePaymentPenalty penalty;
            try {
                penalty = LatePaymentPenalty.on(it.amount(), it.dueDate(), date, terms);
            } catch (InvalidInputException e) {
                throw e.under("items[" + i + "]");
            }
            aged.add(new AgeingReport.AgedItem(it.id(), it.customer(), days, AgeingBucket.of(days), it.amount(),
                    penalty));
        }
        return aged;
    }

    private static AgeingReport.CustomerAgeing customer(String customer, List<AgeingReport.AgedItem> items,
                                                       LocalDate date, ReminderPolicy policy, PenaltyTerms terms) {
        Map<AgeingBucket, Money> totals = zeros();
        long maxDays = Long.MIN_VALUE;
        Money penalties = Money.ZERO;
        Money indemnities = Money.ZERO;
        Money overdue = Money.ZERO;
        List<String> overdueIds = new ArrayList<>();
        for (AgeingReport.AgedItem it : items) {
            totals.merge(it.bucket(), it.amount(), Money::plus);
            maxDays = Math.max(maxDays, it.daysOverdue());
            penalties = penalties.plus(it.penalty().interest());
            indemnities = indemnities.plus(it.penalty().indemnity());
            if (it.daysOverdue() > 0) {
                overdue = overdue.plus(it.amount());
                overdueIds.add(it.id());
            }
        }
        Money total = Money.total(totals.values());
        ReminderStage stage = total.isPositive() ? policy.stageFor(maxDays) : ReminderStage.NONE;
        ReminderLetter letter = ReminderLetters.of(stage, customer, date, overdueIds, overdue, penalties, indemnities,
                terms);
        return new AgeingReport.CustomerAgeing(customer, totals, total, maxDays, stage, penalties, indemnities, letter);
    }

    private static List<String> warnings(List<AgeingReport.AgedItem> aged) {
        Map<LocalDate, String> unverified = new LinkedHashMap<>();
        for (AgeingReport.AgedItem it : aged) {
            for (LatePaymentPenalty.Period p : it.penalty().periods()) {
                if (!it.penalty().rateVerified() && !EcbRefinancingRate.verifiedFor(p.from())) {
                    LocalDate half = EcbRefinancingRate.halfYearStart(p.from());
                    unverified.putIfAbsent(half, "The ECB rate of the half-year starting " + half + " is past the "
                            + "verified table (" + EcbRefinancingRate.VERIFIED_THROUGH_HALF_YEAR + "): the last rate "
                            + "known, " + EcbRefinancingRate.forHalfYearOf(half).toPlainString() + " %, was used; "
                            + "state the contractual rate or update EcbRefinancingRate");
                }
            }
        }
        return new ArrayList<>(unverified.values());
    }

    private static Map<AgeingBucket, Money> zeros() {
        Map<AgeingBucket, Money> m = new EnumMap<>(AgeingBucket.class);
        for (AgeingBucket b : AgeingBucket.values()) {
            m.put(b, Money.ZERO);
        }
        return m;
    }
}
