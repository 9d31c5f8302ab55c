package fr.agora.domain.tva;

import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Dated thresholds of the franchise en base (CGI art. 293 B) per activity: the seuil de base (turnover of N-1) and
 * the seuil majoré (turnover of N), with their source. Correcting them is a data change here.
 */
public record FranchiseThreshold(Nature activity, LocalDate validFrom, LocalDate validTo, Money base, Money increased,
        String source) {

    private static final String SOURCE_2025 = "CGI art. 293 B as restored by loi n° 2025-1044 du 3 novembre 2025 "
            + "(the 25 000 € single threshold of LF 2025 repealed; thresholds in force on 1 January 2025 kept) — "
            + "legifiscal.fr actualité 4317, bpifrance-creation.fr 'franchise TVA réforme annulée'; mechanism without "
            + "the former two-year tolerance (bdo-actualites.fr). [UNCERTAIN for 2026: final LFI 2026 text not verified]";

    /** RULES-REFERENCE §1.5. Goods also covers ventes à consommer sur place and hébergement. */
    public static final List<FranchiseThreshold> TABLE = List.of(
            new FranchiseThreshold(Nature.GOODS, LocalDate.of(2025, 1, 1), null, Money.of("85000"), Money.of("93500"), SOURCE_2025),
            new FranchiseThreshold(Nature.SERVICES, LocalDate.of(2025, 1, 1), null, Money.of("37500"), Money.of("41250"), SOURCE_2025));

    public boolean validOn(LocalDate d) {
        return !d.isBefore(validFrom) && (validTo == null || !d.isAfter(validTo));
    }

    public static FranchiseThreshold on(Nature activity, LocalDate date, String field) {
        for (FranchiseThreshold t : TABLE) {
            if (t.activity() == activity && t.validOn(date)) {
                return t;
            }
        }
        throw new InvalidInputException("unknown-threshold", field,
                "no franchise threshold is known for " + activity + " on " + date, Map.of("date", date.toString()));
    }
}
