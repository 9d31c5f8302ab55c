package fr.agora.domain.tva;

import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Money;
import java.time.LocalDate;
import java.util.Map;

/**
 * Franchise en base status on a date of year N, from the turnover of N-1 and of N so far (mechanism since 2025):
 * <ul>
 *   <li>N-1 above the seuil de base → liable from 1 January N;</li>
 *   <li>otherwise N above the seuil majoré → liable from the day it is exceeded;</li>
 *   <li>otherwise franchise (if N is above the seuil de base only, the franchise ends on 1 January N+1).</li>
 * </ul>
 */
public final class Franchise {

    public enum Status { FRANCHISE, LIABLE_FROM_EXCEEDING_DATE, LIABLE_FROM_JANUARY_1 }

    public record Assessment(Status status, FranchiseThreshold thresholds, LocalDate liableFrom, String note,
            String invoiceMention) {
    }

    public static final String MENTION = "TVA non applicable, art. 293 B du CGI";

    public Assessment assess(Nature activity, LocalDate date, Money previousYearTurnover, Money currentYearTurnover) {
        Amounts.required(activity, "activity");
        Amounts.required(date, "date");
        Amounts.required(previousYearTurnover, "previousYearTurnover");
        Amounts.required(currentYearTurnover, "currentYearTurnover");
        if (previousYearTurnover.isNegative()) {
            throw new InvalidInputException("negative-value", "previousYearTurnover", "a turnover is not negative", Map.of());
        }
        if (currentYearTurnover.isNegative()) {
            throw new InvalidInputException("negative-value", "currentYearTurnover", "a turnover is not negative", Map.of());
        }
        FranchiseThreshold t = FranchiseThreshold.on(activity, date, "date");
        if (previousYearTurnover.compareTo(t.base()) > 0) {
            return new Assessment(Status.LIABLE_FROM_JANUARY_1, t, LocalDate.of(date.getYear(), 1, 1),
                    "turnover of N-1 " + previousYearTurnover + " exceeds the seuil de base " + t.base(), null);
        }
        if (currentYearTurnover.compareTo(t.increased()) > 0) {
            return new Assessment(Status.LIABLE_FROM_EXCEEDING_DATE, t, null,
                    "turnover of N " + currentYearTurnover + " exceeds the seuil majoré " + t.increased()
                            + ": TVA is due on the operations from the day it was exceeded", null);
        }
        String note = currentYearTurnover.compareTo(t.base()) > 0
                ? "turnover of N exceeds the seuil de base " + t.base() + ": the franchise ends on 1 January " + (date.getYear() + 1)
                : "both turnovers within the thresholds";
        return new Assessment(Status.FRANCHISE, t, null, note, MENTION);
    }
}
