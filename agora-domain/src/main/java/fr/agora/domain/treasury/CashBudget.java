package fr.agora.domain.treasury;

import fr.agora.domain.shared.Decimals;
import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Budget de trésorerie (../shared/RULES-REFERENCE.md §10): per month, closing = opening + receipts (encaissements
 * TTC) − payments (décaissements TTC), the closing becoming the next month's opening. A month that closes below zero
 * is flagged; the financing need is the deepest negative closing (what an overdraft or a short-term loan must cover
 * for the budget never to go below zero). Amounts at the cent, exact (no rounding). Entry point:
 * {@link #compute(Money, List)}.
 */
public final class CashBudget {

    public static final int MAX_MONTHS = 120;

    private CashBudget() {
    }

    /** A month of the budget as entered. */
    public record Month(String label, Money receipts, Money payments) {
        public Month {
            if (label == null || label.isBlank()) {
                throw new InvalidInputException("label", "is required");
            }
            if (receipts == null || receipts.isNegative()) {
                throw new InvalidInputException("receipts", "must be given and not negative");
            }
            if (payments == null || payments.isNegative()) {
                throw new InvalidInputException("payments", "must be given and not negative");
            }
        }

        public static Month of(String label, String receipts, String payments) {
            return new Month(label, Money.of(receipts), Money.of(payments));
        }
    }

    /** A month computed. */
    public record MonthPosition(String label, Money openingBalance, Money receipts, Money payments, Money net,
                                Money closingBalance, boolean negative) {
    }

    public record Result(Money openingBalance, List<MonthPosition> months, Money totalReceipts, Money totalPayments,
                         Money closingBalance, Money financingNeed, String firstNegativeMonth, List<String> alerts) {
    }

    public static Result compute(Money openingBalance, List<Month> months) {
        if (openingBalance == null) {
            throw new InvalidInputException("openingBalance", "is required");
        }
        if (months == null || months.isEmpty() || months.size() > MAX_MONTHS) {
            throw new InvalidInputException("months", "must hold 1 to " + MAX_MONTHS + " months");
        }
        Decimals.atMost("openingBalance", openingBalance.amount().abs(), new BigDecimal("1000000000000"));
        List<MonthPosition> out = new ArrayList<>(months.size());
        List<String> alerts = new ArrayList<>();
        Money balance = openingBalance;
        Money lowest = Money.ZERO;
        Money in = Money.ZERO;
        Money outs = Money.ZERO;
        String firstNegative = null;
        for (Month m : months) {
            Money net = m.receipts().minus(m.payments());
            Money closing = balance.plus(net);
            boolean negative = closing.isNegative();
            if (negative) {
                alerts.add(m.label() + ": closing balance " + closing + " € is negative");
                firstNegative = firstNegative == null ? m.label() : firstNegative;
            }
            lowest = lowest.min(closing);
            out.add(new MonthPosition(m.label(), balance, m.receipts(), m.payments(), net, closing, negative));
            in = in.plus(m.receipts());
            outs = outs.plus(m.payments());
            balance = closing;
        }
        return new Result(openingBalance, out, in, outs, balance, lowest.negate(), firstNegative, alerts);
    }
}
