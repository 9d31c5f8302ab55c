package fr.agora.domain.pfmp;

import fr.agora.domain.school.PeriodCode;
import fr.agora.domain.school.StudentId;
import fr.agora.domain.shared.Money;
import java.time.Instant;
import java.util.Objects;

/**
 * The head of school's validation of one period's allocation: the days and amount as validated, by whom (the
 * caller's subject) and when. Once it exists the period is locked: its attendance can no longer change.
 */
public record AllowanceValidation(StudentId studentId, PeriodCode period, CycleYear cycleYear, int days, Money amount,
                                  String validatedBy, Instant validatedAt) {
    public AllowanceValidation {
        Objects.requireNonNull(studentId, "studentId");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(cycleYear, "cycleYear");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(validatedBy, "validatedBy");
        Objects.requireNonNull(validatedAt, "validatedAt");
    }
}
