package fr.agora.domain.invoice;

import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Money;
import fr.agora.domain.tva.Amounts;
import fr.agora.domain.tva.Nature;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What an invoice computation needs, checked on construction; every error names its field
 * ({@code lines[2].quantity}, {@code reductions[0].rate} …).
 *
 * @param date          the date whose TVA rates apply (the operation's date)
 * @param lines         the lines; an empty list is allowed (computed, flagged not issuable)
 * @param reductions    commercial reductions in cascade, in the order given
 * @param cashDiscountRate escompte in per cent of the net commercial (0 when none)
 * @param shipping      frais de port HT, taxed at the main operation's rate
 * @param deposit       acompte TTC already invoiced, deducted from the amount due
 */
public record InvoiceRequest(LocalDate date, List<InvoiceLine> lines, List<Reduction> reductions,
        BigDecimal cashDiscountRate, Money shipping, Money deposit, VatRounding rounding, InvoiceKind kind) {

    /** Quantities may be fractional (hours, kilograms) up to the thousandth. */
    public static final int QUANTITY_SCALE = 3;

    public InvoiceRequest {
        Amounts.required(date, "date");
        Amounts.required(lines, "lines");
        List<InvoiceLine> ls = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String p = "lines[" + i + "]";
            InvoiceLine l = Amounts.required(lines.get(i), p);
            Amounts.required(l.label(), p + ".label");
            Amounts.required(l.quantity(), p + ".quantity");
            Amounts.requireScale(l.quantity(), QUANTITY_SCALE, p + ".quantity");
            if (l.quantity().signum() < 0) {
                throw new InvalidInputException("negative-value", p + ".quantity",
                        "'" + p + ".quantity' must not be negative on an invoice (issue a credit note instead)",
                        Map.of("value", l.quantity().toPlainString()));
            }
            nonNegative(Amounts.required(l.unitPrice(), p + ".unitPrice"), p + ".unitPrice");
            Amounts.required(l.vatRate(), p + ".vatRate");
            Amounts.requireScale(l.vatRate(), 2, p + ".vatRate");
            ls.add(l.nature() == null ? new InvoiceLine(l.label(), l.quantity(), l.unitPrice(), l.vatRate(), Nature.GOODS) : l);
        }
        lines = List.copyOf(ls);
        reductions = reductions == null ? List.of() : List.copyOf(reductions);
        for (int i = 0; i < reductions.size(); i++) {
            String p = "reductions[" + i + "]";
            Reduction r = reductions.get(i);
            Amounts.required(r.type(), p + ".type");
            if ((r.rate() == null) == (r.amount() == null)) {
                throw new InvalidInputException("rate-or-amount", p + ".rate",
                        "'" + p + "' needs either a rate or an amount, not both", Map.of());
            }
            if (r.rate() != null) {
                Amounts.percent(r.rate(), p + ".rate");
            } else {
                nonNegative(r.amount(), p + ".amount");
            }
        }
        cashDiscountRate = cashDiscountRate == null ? BigDecimal.ZERO : Amounts.percent(cashDiscountRate, "cashDiscountRate");
        shipping = shipping == null ? Money.ZERO : nonNegative(shipping, "shipping");
        deposit = deposit == null ? Money.ZERO : nonNegative(deposit, "deposit");
        rounding = rounding == null ? VatRounding.PER_RATE : rounding;
        kind = kind == null ? InvoiceKind.INVOICE : kind;
        if (kind == InvoiceKind.CREDIT_NOTE && deposit.isPositive()) {
            throw new InvalidInputException("deposit-on-credit-note", "deposit",
                    "a credit note does not deduct an acompte", Map.of());
        }
    }

    /** A plain invoice of these lines, rounded per rate, without reductions, escompte, port or acompte. */
    public static InvoiceRequest of(LocalDate date, List<InvoiceLine> lines) {
        return new InvoiceRequest(date, lines, List.of(), null, null, null, null, null);
    }

    public InvoiceRequest withKind(InvoiceKind k) {
        return new InvoiceRequest(date, lines, reductions, cashDiscountRate, shipping,
                k == InvoiceKind.CREDIT_NOTE ? Money.ZERO : deposit, rounding, k);
    }

    public InvoiceRequest withRounding(VatRounding r) {
        return new InvoiceRequest(date, lines, reductions, cashDiscountRate, shipping, deposit, r, kind);
    }

    private static Money nonNegative(Money m, String field) {
        if (m.isNegative()) {
            throw new InvalidInputException("negative-value", field, "'" + field + "' must not be negative",
                    Map.of("value", m.toString()));
        }
        return m;
    }
}
