package fr.agora.domain.tva;

import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Dated parameters of the régime simplifié (CA12, 3517-S-SD): the July and December instalment rates applied to the
 * previous year's TVA (CA12 line 57), and the base under which no instalment is due.
 */
public record Ca12Parameters(LocalDate validFrom, LocalDate validTo, BigDecimal julyPercent, BigDecimal decemberPercent,
        Money minimumBase, String source) {

    /** RULES-REFERENCE §1.5. */
    public static final List<Ca12Parameters> TABLE = List.of(new Ca12Parameters(LocalDate.of(2015, 1, 1), null,
            new BigDecimal("55"), new BigDecimal("40"), Money.of("1000"),
            "CGI art. 1692 / ann. IV art. 242 septies (régime simplifié reformed from 2015 [MEM]); "
                    + "nxtbook Gualino ch. 28, bncplus.fr, aidebtscg.fr (55 % July, 40 % December, none under 1 000 €)"));

    public boolean validOn(LocalDate d) {
        return !d.isBefore(validFrom) && (validTo == null || !d.isAfter(validTo));
    }

    public static Ca12Parameters on(LocalDate date, String field) {
        for (Ca12Parameters p : TABLE) {
            if (p.validOn(date)) {
                return p;
            }
        }
        throw new InvalidInputException("unknown-parameters", field, "no CA12 parameters are known for " + date,
                Map.of("date", date.toString()));
    }
}
