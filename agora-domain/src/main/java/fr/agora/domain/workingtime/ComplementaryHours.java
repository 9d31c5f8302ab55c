package fr.agora.domain.workingtime;

import fr.agora.domain.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A part-time worker's heures complémentaires in one civil week (starting {@code weekStart}, a Monday): hours beyond
 * the contract, those within a tenth of it paid +10 % and those beyond +25 % (C. trav. L3123-29; ../shared/
 * RULES-REFERENCE.md §5.3), priced at {@code hourlyRate} (the SMIC of the month from the paie table when the worker has
 * none); pay = hours at 10 % × rate × 1,10 + hours at 25 % × rate × 1,25, rounded half up to the cent.
 */
public record ComplementaryHours(String workerId, LocalDate weekStart, BigDecimal contractHours, BigDecimal workedHours,
        BigDecimal hoursAt10Percent, BigDecimal hoursAt25Percent, Money hourlyRate, Money pay) {
}
