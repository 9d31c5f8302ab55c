package fr.agora.domain.pfmp;

import fr.agora.domain.shared.Money;
import fr.agora.domain.shared.RuleViolationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The allocation aux lycéens de la voie professionnelle engagés dans des PFMP, Bac pro: a daily forfait by year of the
 * cycle and a cap per school year, as a table dated by the first day of the PFMP period.
 *
 * @param from first day of a PFMP period the row applies to
 * @param dailyForfait per day of PFMP done under a convention
 * @param schoolYearCap maximum paid for the PFMP of one school year
 */
public record PfmpAllowanceRates(LocalDate from, Map<CycleYear, Money> dailyForfait, Map<CycleYear, Money> schoolYearCap, String source) {

    /** Newest first. */
    public static final List<PfmpAllowanceRates> TABLE = List.of(
            new PfmpAllowanceRates(LocalDate.of(2023, 9, 1),
                    Map.of(CycleYear.SECONDE, Money.of("10.00"), CycleYear.PREMIERE, Money.of("15.00"), CycleYear.TERMINALE, Money.of("20.00")),
                    Map.of(CycleYear.SECONDE, Money.of("300.00"), CycleYear.PREMIERE, Money.of("600.00"), CycleYear.TERMINALE, Money.of("800.00")),
                    "Décret n° 2023-765 du 11 août 2023 et arrêté du 11 août 2023 (JORF du 12 août 2023, JORFTEXT000047963979) : "
                            + "forfait journalier 10 € (seconde), 15 € (première), 20 € (terminale) ; plafond annuel 300 €, 600 €, 800 € ; "
                            + "PFMP réalisées à partir du 1er septembre 2023"));

    /** The row in force for a period starting that day; none before 1 September 2023 (422). */
    public static PfmpAllowanceRates on(LocalDate periodStart) {
        return TABLE.stream().filter(r -> !r.from().isAfter(periodStart)).findFirst()
                .orElseThrow(() -> new RuleViolationException("no-pfmp-allowance", "period",
                        "the PFMP allowance applies to periods from 1 September 2023; this one starts " + periodStart));
    }
}
