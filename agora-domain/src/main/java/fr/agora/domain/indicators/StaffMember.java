package fr.agora.domain.indicators;

import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A line of the staff register: present from {@code hireDate} to {@code exitDate} inclusive ({@code null} = still
 * there), with contract weekly hours (35 = full time) and, optionally, the monthly gross for the equality figures.
 */
public record StaffMember(String id, Gender gender, LocalDate birthDate, LocalDate hireDate, LocalDate exitDate,
        BigDecimal weeklyHours, Money monthlyGross) {

    public StaffMember {
        Objects.requireNonNull(id, "id");
        if (gender == null) {
            throw new InvalidInputException("gender", "is required");
        }
        if (birthDate == null || hireDate == null || !birthDate.isBefore(hireDate)) {
            throw new InvalidInputException("hireDate", "birthDate and hireDate are required, birth before hire");
        }
        if (exitDate != null && exitDate.isBefore(hireDate)) {
            throw new InvalidInputException("exitDate", "cannot be before hireDate");
        }
        if (weeklyHours == null || weeklyHours.signum() <= 0 || weeklyHours.compareTo(BigDecimal.valueOf(48)) > 0
                || weeklyHours.stripTrailingZeros().scale() > 2) {
            throw new InvalidInputException("weeklyHours", "must be more than 0 and at most 48, two decimals at most");
        }
        if (monthlyGross != null && monthlyGross.isNegative()) {
            throw new InvalidInputException("monthlyGross", "cannot be negative");
        }
    }

    public boolean presentOn(LocalDate d) {
        return !hireDate.isAfter(d) && (exitDate == null || !exitDate.isBefore(d));
    }
}
