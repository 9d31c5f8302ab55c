package fr.agora.domain.receivables;

import fr.agora.domain.shared.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * What the letter of a customer's reminder stage must say, as data for a template: the overdue invoices, the amounts
 * claimed, the deadline and the legal mentions. A relance amiable asks for the principal and recalls the penalties
 * accruing; a mise en demeure claims principal, penalties and indemnities within a deadline; the contentieux file
 * states the whole claim for a recovery procedure (injonction de payer, C. proc. civ. art. 1405).
 *
 * @param payBy the deadline given (none for the contentieux file)
 */
public record ReminderLetter(ReminderStage stage, String customer, LocalDate date, List<String> invoiceIds,
                             Money principal, Money penalties, Money indemnities, Money amountClaimed,
                             LocalDate payBy, List<String> mentions) {
    public ReminderLetter {
        invoiceIds = List.copyOf(invoiceIds);
        mentions = List.copyOf(mentions);
    }
}
