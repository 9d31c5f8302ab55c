package fr.agora.domain.tva;

import fr.agora.domain.shared.InvalidInputException;
import java.util.Map;

/** Checks an operation's data, naming the field ({@code operations[3].lines[0].base}). */
public final class Operations {

    private Operations() {
    }

    public static Operation check(Operation op, String field) {
        Amounts.required(op, field);
        Amounts.required(op.kind(), field + ".kind");
        Amounts.required(op.nature(), field + ".nature");
        Amounts.required(op.invoiceDate(), field + ".invoiceDate");
        if (op.lines().isEmpty()) {
            throw new InvalidInputException("missing-value", field + ".lines", "an operation needs at least one line", Map.of());
        }
        for (int i = 0; i < op.lines().size(); i++) {
            String p = field + ".lines[" + i + "]";
            Operation.Line l = Amounts.required(op.lines().get(i), p);
            Amounts.required(l.base(), p + ".base");
            if (l.base().isNegative()) {
                throw new InvalidInputException("negative-value", p + ".base",
                        "a base is given positive; the kind (credit note) gives the sign", Map.of());
            }
            Amounts.required(l.vatRate(), p + ".vatRate");
            checkExemption(op.kind(), l, p);
        }
        for (int i = 0; i < op.payments().size(); i++) {
            String p = field + ".payments[" + i + "]";
            Operation.Payment pay = Amounts.required(op.payments().get(i), p);
            Amounts.required(pay.date(), p + ".date");
            Amounts.required(pay.amount(), p + ".amount");
            if (!pay.amount().isPositive()) {
                throw new InvalidInputException("negative-value", p + ".amount", "a payment is positive", Map.of());
            }
        }
        return op;
    }

    /** A 0 % line says why (CGI ann. II art. 242 nonies A, 13°); a taxed line has no exemption. */
    private static void checkExemption(OperationKind kind, Operation.Line l, String p) {
        Exemption.requireStatedOnZeroRateOnly(l.vatRate(), l.exemption(), p);
        if (l.exemption() != null && kind == OperationKind.INTRA_EU_ACQUISITION) {
            throw new InvalidInputException("exemption-on-acquisition", p + ".exemption",
                    "an intra-EU acquisition is self-assessed at its French rate", Map.of());
        }
        if (l.exemption() == Exemption.FRANCHISE_EN_BASE
                && (kind == OperationKind.SALE || kind == OperationKind.SALE_CREDIT_NOTE)) {
            throw new InvalidInputException("franchise-on-return", p + ".exemption",
                    "a seller under the franchise en base (CGI art. 293 B) files no CA3", Map.of());
        }
    }
}
