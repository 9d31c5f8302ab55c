package fr.agora.domain.invoice;

import fr.agora.domain.shared.Money;
import fr.agora.domain.tva.Nature;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The header data of an invoice whose mentions are checked. Every field may be missing: that is what the check
 * reports. {@code operationNature} is {@code GOODS}, {@code SERVICES} or {@code null} with {@code mixed} true.
 */
public record InvoiceHeader(String number, String previousNumber, LocalDate issueDate, LocalDate saleDate,
        Party seller, Party buyer, boolean businessCustomer, Money totalExclVat, LocalDate paymentDueDate,
        BigDecimal latePenaltyRate, Money recoveryIndemnity, String cashDiscountTerms, Nature operationNature,
        boolean mixedOperations, String deliveryAddress, Boolean deliveryAddressSameAsBilling, boolean vatOnDebitsOption,
        boolean vatOnDebitsMention, boolean franchise, boolean franchiseMention, Boolean eInvoicing) {

    /** A party: seller or buyer. */
    public record Party(String name, String address, String siren, String vatNumber, String legalForm,
            Money shareCapital, String registration) {
    }
}
