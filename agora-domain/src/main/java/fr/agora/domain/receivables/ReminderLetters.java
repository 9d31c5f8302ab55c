package fr.agora.domain.receivables;

import fr.agora.domain.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builds the reminder letter of a customer's stage from its overdue invoices and their penalties. */
final class ReminderLetters {
    /** Deadline given by a relance or a mise en demeure: "sous huitaine", house practice (not law). */
    static final int DAYS_TO_PAY = 8;

    private ReminderLetters() {
    }

    /** Null when the stage asks for no letter. */
    static ReminderLetter of(ReminderStage stage, String customer, LocalDate date, List<String> invoiceIds,
                             Money principal, Money penalties, Money indemnities, PenaltyTerms terms) {
        if (stage == ReminderStage.NONE) {
            return null;
        }
        boolean claimsPenalties = stage == ReminderStage.MISE_EN_DEMEURE || stage == ReminderStage.CONTENTIEUX;
        Money claimed = claimsPenalties ? principal.plus(penalties).plus(indemnities) : principal;
        LocalDate payBy = stage == ReminderStage.CONTENTIEUX ? null : date.plusDays(DAYS_TO_PAY);
        return new ReminderLetter(stage, customer, date, invoiceIds, principal, penalties, indemnities, claimed,
                payBy, mentions(stage, terms));
    }

    private static List<String> mentions(ReminderStage stage, PenaltyTerms terms) {
        List<String> out = new ArrayList<>();
        BigDecimal rate = terms.contractualRatePercent();
        out.add(rate != null
                ? "Pénalités de retard au taux contractuel de " + rate.toPlainString() + " % l'an, exigibles sans "
                        + "rappel le jour suivant l'échéance (C. com. art. L441-10 II)"
                : "Pénalités de retard au taux de la BCE majoré de 10 points, exigibles sans rappel le jour suivant "
                        + "l'échéance (C. com. art. L441-10 II)");
        out.add("Indemnité forfaitaire pour frais de recouvrement de 40 € par facture (C. com. art. L441-10 II, D441-5)");
        if (stage == ReminderStage.MISE_EN_DEMEURE) {
            out.add("Mise en demeure de payer (C. civ. art. 1344), à défaut de quoi la créance sera recouvrée par voie "
                    + "judiciaire");
        }
        if (stage == ReminderStage.CONTENTIEUX) {
            out.add("Créance certaine, liquide et exigible : requête en injonction de payer (C. proc. civ. art. 1405)");
        }
        return out;
    }
}
