package fr.agora.domain.tva;

import fr.agora.domain.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An operation as the TVA return sees it: its kind and nature, the dates and payments that decide when its TVA is
 * exigible, and its lines (base HT ≥ 0 at a rate; the kind gives the sign). Checked by {@link Operations#check}.
 *
 * @param vatOnDebits for services: the supplier opted for the débits (TVA due at invoicing)
 * @param payments    payments received (sales) or made (purchases), TTC
 */
public record Operation(OperationKind kind, Nature nature, boolean fixedAsset, boolean vatOnDebits,
        LocalDate invoiceDate, LocalDate deliveryDate, List<Payment> payments, List<Line> lines) {

    public Operation {
        payments = payments == null ? List.of() : List.copyOf(payments);
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** A payment (TTC) on a date. */
    public record Payment(LocalDate date, Money amount) {
    }

    /** A base HT at a rate (per cent); a 0 % line says why it is not taxed ({@code exemption}). */
    public record Line(Money base, BigDecimal vatRate, Exemption exemption) {

        public Line(Money base, BigDecimal vatRate) {
            this(base, vatRate, null);
        }

        public Line(String base, String vatRate) {
            this(Money.of(base), new BigDecimal(vatRate), null);
        }

        /** An exempt line: 0 % with its reason. */
        public static Line exempt(String base, Exemption exemption) {
            return new Line(Money.of(base), BigDecimal.ZERO, exemption);
        }
    }

    public static Operation of(OperationKind kind, Nature nature, LocalDate invoiceDate, LocalDate deliveryDate,
            List<Line> lines) {
        return new Operation(kind, nature, false, false, invoiceDate, deliveryDate, List.of(), lines);
    }
}
