package fr.agora.domain.invoice;

import fr.agora.domain.invoice.InvoiceComputation.InvoiceProblem;
import fr.agora.domain.shared.Money;
import fr.agora.domain.tva.Exemption;
import fr.agora.domain.tva.VatNumber;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What keeps a computed invoice from being issued, and the mentions its exempt lines require
 * (CGI ann. II art. 242 nonies A, I-4° and 13°; RULES-REFERENCE §2.4).
 */
final class InvoiceChecks {

    private InvoiceChecks() {
    }

    static List<InvoiceProblem> problems(InvoiceRequest in, Money amountDue, Money totalInclVat) {
        List<InvoiceProblem> problems = new ArrayList<>(2);
        if (in.lines().isEmpty()) {
            problems.add(new InvoiceProblem("EMPTY_INVOICE", "lines", "an invoice without any line cannot be issued"));
        }
        if (amountDue.isNegative()) {
            problems.add(new InvoiceProblem("DEPOSIT_EXCEEDS_TOTAL", "deposit",
                    "the acompte " + in.deposit() + " exceeds the total TTC " + totalInclVat));
        }
        if (in.kind() == InvoiceKind.INVOICE) {
            customerVatNumberProblem(in).ifPresent(problems::add);
        }
        return List.copyOf(problems);
    }

    /**
     * An intra-EU delivery is exempt only to a customer identified for VAT in another member state, whose number is on
     * the invoice (CGI art. 262 ter I; ann. II art. 242 nonies A, I-4°); a reverse charge names the customer liable
     * with its number. The number is checked offline: shape per member state, key of a French number.
     */
    static Optional<InvoiceProblem> customerVatNumberProblem(InvoiceRequest in) {
        boolean required = false;
        boolean intraEuDelivery = false;
        for (InvoiceLine l : in.lines()) {
            required |= l.exemption() != null && l.exemption().customerVatNumberRequired();
            intraEuDelivery |= l.exemption() == Exemption.INTRA_EU_DELIVERY;
        }
        String number = in.customerVatNumber();
        if (number == null) {
            return required ? Optional.of(new InvoiceProblem("CUSTOMER_VAT_NUMBER_REQUIRED", "customerVatNumber",
                    "an intra-EU delivery or a reverse charge needs the customer's intra-EU VAT number (CGI ann. II art. "
                            + "242 nonies A, I-4°)")) : Optional.empty();
        }
        VatNumber.Check check = VatNumber.check(number);
        if (!check.valid()) {
            return Optional.of(new InvoiceProblem("CUSTOMER_VAT_NUMBER_INVALID", "customerVatNumber",
                    "customer VAT number " + number + ": " + check.problem()));
        }
        if (intraEuDelivery && "FR".equals(check.country())) {
            return Optional.of(new InvoiceProblem("CUSTOMER_NOT_IDENTIFIED_IN_ANOTHER_MEMBER_STATE",
                    "customerVatNumber", "an intra-EU delivery is exempt only to a customer identified in another member "
                            + "state (CGI art. 262 ter I): " + number + " is French"));
        }
        return Optional.empty();
    }

    /** The mentions required by the invoice's exemptions, each once, in line order. */
    static List<String> mentions(List<InvoiceLine> lines) {
        Set<String> out = null;
        for (InvoiceLine l : lines) {
            if (l.exemption() != null) {
                out = out == null ? new LinkedHashSet<>() : out;
                out.add(l.exemption().mention());
            }
        }
        return out == null ? List.of() : List.copyOf(out);
    }
}
