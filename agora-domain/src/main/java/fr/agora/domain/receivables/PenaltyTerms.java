package fr.agora.domain.receivables;

import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Money;
import java.math.BigDecimal;

/**
 * The late-payment terms of the seller's conditions: a contractual annual rate (in %), or none, and then the legal
 * default of Code de commerce L441-10 II (ECB refinancing rate + 10 points). The fixed recovery indemnity is 40 €
 * per invoice paid late (L441-10 II, D441-5), between professionals.
 */
public record PenaltyTerms(BigDecimal contractualRatePercent) {
    /** Points added to the ECB rate when the contract states no rate (L441-10 II). */
    public static final BigDecimal LEGAL_MARGIN_POINTS = BigDecimal.TEN;
    /** Indemnité forfaitaire pour frais de recouvrement (Code de commerce D441-5). */
    public static final Money RECOVERY_INDEMNITY = Money.of("40.00");

    public PenaltyTerms {
        if (contractualRatePercent != null && (contractualRatePercent.signum() <= 0
                || contractualRatePercent.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new InvalidInputException("penaltyTerms.contractualRatePercent", "must be above 0 and at most 100");
        }
    }

    public static PenaltyTerms legalDefault() {
        return new PenaltyTerms(null);
    }
}
