package fr.agora.adapter.out.einvoice;

import fr.agora.domain.tva.Exemption;
import java.math.BigDecimal;

/**
 * EN 16931 VAT category codes (UNTDID 5305, BT-151/118) for the calculator's rates and exemptions: a taxed rate is
 * {@code S} (standard, any positive rate); an exempt line says why — export {@code G}, intra-EU delivery {@code K},
 * reverse charge {@code AE}, and {@code E} (exempt) for the franchise en base and the other exemptions, whose
 * mention goes into the exemption reason (BT-120).
 */
final class VatCategories {

    static final String STANDARD = "S";
    static final String ZERO_RATED = "Z";

    private VatCategories() {
    }

    static String of(BigDecimal rate, Exemption exemption) {
        if (exemption == null) return rate.signum() == 0 ? ZERO_RATED : STANDARD;
        return switch (exemption) {
            case EXPORT -> "G";
            case INTRA_EU_DELIVERY -> "K";
            case REVERSE_CHARGE -> "AE";
            case FRANCHISE_EN_BASE, OTHER_EXEMPT -> "E";
        };
    }

    /** Back from a category and its reason text: the mention names the exemption; the category is the fallback. */
    static Exemption exemption(String category, String reason) {
        if (reason != null) {
            for (Exemption e : Exemption.values()) {
                if (e.mention().equals(reason.trim())) return e;
            }
        }
        if (category == null) return null;
        return switch (category) {
            case "G" -> Exemption.EXPORT;
            case "K" -> Exemption.INTRA_EU_DELIVERY;
            case "AE" -> Exemption.REVERSE_CHARGE;
            case "E" -> Exemption.OTHER_EXEMPT;
            default -> null;
        };
    }
}
