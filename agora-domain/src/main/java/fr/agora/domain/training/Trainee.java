package fr.agora.domain.training;

import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * An employee attending a training action: monthly gross salary, hours of training (paid as working time) and the
 * employer contribution rate (per cent) that loads the wage.
 */
public record Trainee(String id, Money monthlyGross, BigDecimal hours, BigDecimal employerContributionRate) {

    public Trainee {
        Objects.requireNonNull(id, "id");
        if (monthlyGross == null || monthlyGross.isNegative()) {
            throw new InvalidInputException("monthlyGross", "must be zero or more");
        }
        if (hours == null || hours.signum() <= 0) {
            throw new InvalidInputException("hours", "must be positive");
        }
        if (employerContributionRate == null || employerContributionRate.signum() < 0
                || employerContributionRate.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new InvalidInputException("employerContributionRate", "must be between 0 and 100");
        }
    }
}
