package fr.agora.domain.workingtime;

import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A person in the planning. {@code contractWeeklyMinutes} below 35 h makes a part-time worker (temps partiel);
 * {@code partTimeDerogation} records a written request or an agreement allowing fewer than 24 h (L3123-7,
 * L3123-27); {@code complementaryHoursAgreement} an agreement raising the heures complémentaires ceiling to a third
 * (L3123-20); {@code hourlyRate} prices them (the SMIC of the month, from the paie table, when absent);
 * {@code leaveBalanceDays} is the congés payés still to take, in jours ouvrables.
 */
public record Worker(String id, LocalDate birthDate, int contractWeeklyMinutes, boolean partTimeDerogation,
        boolean complementaryHoursAgreement, Money hourlyRate, BigDecimal leaveBalanceDays) {

    public static final int FULL_TIME_WEEKLY_MINUTES = 35 * 60;

    public Worker {
        Objects.requireNonNull(id, "id");
        if (birthDate == null) {
            throw new InvalidInputException("birthDate", "is required (the limits for workers under 18 depend on it)");
        }
        if (contractWeeklyMinutes <= 0 || contractWeeklyMinutes > FULL_TIME_WEEKLY_MINUTES) {
            throw new InvalidInputException("contractWeeklyHours", "must be more than 0 and at most 35");
        }
        if (hourlyRate != null && !hourlyRate.isPositive()) {
            throw new InvalidInputException("hourlyRate", "must be positive");
        }
        leaveBalanceDays = leaveBalanceDays == null ? BigDecimal.ZERO : leaveBalanceDays;
        if (leaveBalanceDays.signum() < 0) {
            throw new InvalidInputException("leaveBalanceDays", "cannot be negative");
        }
    }

    public boolean partTime() {
        return contractWeeklyMinutes < FULL_TIME_WEEKLY_MINUTES;
    }

    /** Under 18 on that day: the stricter limits apply (apprentices included). */
    public boolean under18On(LocalDate day) {
        return day.isBefore(birthDate.plusYears(18));
    }
}
