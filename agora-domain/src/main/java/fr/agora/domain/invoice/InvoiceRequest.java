package fr.agora.domain.invoice;

import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Money;
import fr.agora.domain.tva.Amounts;
import fr.agora.domain.tva.Exemption;
import fr.agora.domain.tva.Nature;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What an invoice computation needs, checked on construction; every error names its field
 * ({@code lines[2].quantity}, {@code reductions[0].rate}, {@code lines[1].exemption} …).
 *
 * @param date              the date whose TVA rates apply (the operation's date)
 * @param lines             the lines; an empty list is allowed (computed, flagged not issuable)
 * @param reductions        commercial reductions in cascade, in the order given
 * @param cashDiscountRate  escompte in per cent of the net commercial (0 when none)
 * @param shipping          frais de port HT: an accessory charge, split pro rata of each rate's HT
 * @param deposit           acompte TTC already invoiced, deducted from the amount due, its TVA from the TVA collected
 * @param accessories       other accessory charges HT (packaging, insurance …), split like the port
 * @param customerVatNumber the customer's intra-EU VAT number (required by an intra-EU delivery or a reverse charge)
 * @param vatOnReceipts     services whose TVA is due on payment: the TVA waits on 44574 until the customer pays
 */
public record InvoiceRequest(LocalDate date, List<InvoiceLine> lines, List<Reduction> reductions,
        BigDecimal cashDiscountRate, Money shipping, Money deposit, VatRounding rounding, InvoiceKind kind,
        List<AccessoryCharge> accessories, String customerVatNumber, boolean vatOnReceipts) {

    /** Quantities may be fractional (hours, kilograms) up to the thousandth. */
    public static final int QUANTITY_SCALE = 3;

    public InvoiceRequest {
        Amounts.required(date, "date");
        lines = checkedLines(Amounts.required(lines, "lines"));
        reductions = checkedReductions(reductions == null ? List.of() : List.copyOf(reductions));
        accessories = checkedAccessories(accessories == null ? List.of() : List.copyOf(accessories));
        cashDiscountRate = cashDiscountRate == null ? BigDecimal.ZERO : Amounts.percent(cashDiscountRate, "cashDiscountRate");
        shipping = shipping == null ? Money.ZERO : nonNegative(shipping, "shipping");
        deposit = deposit == null ? Money.ZERO : nonNegative(deposit, "deposit");
        rounding = rounding == null ? VatRounding.PER_RATE : rounding;
        kind = kind == null ? InvoiceKind.INVOICE : kind;
        if (kind == InvoiceKind.CREDIT_NOTE && deposit.isPositive()) {
            throw new InvalidInputException("deposit-on-credit-note", "deposit",
                    "a credit note does not deduct an acompte", Map.of());
        }
        customerVatNumber = customerVatNumber == null || customerVatNumber.isBlank() ? null : customerVatNumber.trim();
        checkConsistency(lines, vatOnReceipts);
    }

    public InvoiceRequest(LocalDate date, List<InvoiceLine> lines, List<Reduction> reductions, BigDecimal cashDiscountRate,
            Money shipping, Money deposit, VatRounding rounding, InvoiceKind kind) {
        this(date, lines, reductions, cashDiscountRate, shipping, deposit, rounding, kind, null, null, false);
    }

    /** A plain invoice of these lines, rounded per rate, without reductions, escompte, port or acompte. */
    public static InvoiceRequest of(LocalDate date, List<InvoiceLine> lines) {
        return new InvoiceRequest(date, lines, List.of(), null, null, null, null, null);
    }

    public InvoiceRequest withKind(InvoiceKind k) {
        return new InvoiceRequest(date, lines, reductions, cashDiscountRate, shipping,
                k == InvoiceKind.CREDIT_NOTE ? Money.ZERO : deposit, rounding, k, accessories, customerVatNumber, vatOnReceipts);
    }

    public InvoiceRequest withRounding(VatRounding r) {
        return new InvoiceRequest(date, lines, reductions, cashDiscountRate, shipping, deposit, r, kind, accessories,
                customerVatNumber, vatOnReceipts);
    }

    /** Frais de port and every other accessory charge, HT. */
    public Money accessoryTotal() {
        Money total = shipping;
        for (AccessoryCharge a : accessories) {
            total = total.plus(a.amount());
        }
        return total;
    }

    private static List<InvoiceLine> checkedLines(List<InvoiceLine> lines) {
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
            checkExemption(l, p);
            ls.add(l.nature() == null
                    ? new InvoiceLine(l.label(), l.quantity(), l.unitPrice(), l.vatRate(), Nature.GOODS, l.exemption()) : l);
        }
        return List.copyOf(ls);
    }

    /** A line at 0 % says why (CGI ann. II art. 242 nonies A, I-13°); a taxed line carries no exemption. */
    private static void checkExemption(InvoiceLine l, String p) {
        Exemption.requireStatedOnZeroRateOnly(l.vatRate(), l.exemption(), p);
    }

    private static List<Reduction> checkedReductions(List<Reduction> reductions) {
        for (int i = 0; i < reductions.size(); i++) {
            String p = "reductions[" + i + "]";
            Reduction r = Amounts.required(reductions.get(i), p);
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
        return reductions;
    }

    private static List<AccessoryCharge> checkedAccessories(List<AccessoryCharge> accessories) {
        for (int i = 0; i < accessories.size(); i++) {
            String p = "accessories[" + i + "]";
            AccessoryCharge a = Amounts.required(accessories.get(i), p);
            Amounts.required(a.kind(), p + ".kind");
            nonNegative(Amounts.required(a.amount(), p + ".amount"), p + ".amount");
        }
        return accessories;
    }

    /**
     * A seller under the franchise charges no TVA at all (CGI art. 293 B): no taxed line beside a franchise line.
     * TVA due on receipts concerns services only (CGI art. 269-2-c): goods are taxed at delivery.
     */
    private static void checkConsistency(List<InvoiceLine> lines, boolean vatOnReceipts) {
        boolean franchise = lines.stream().anyMatch(l -> l.exemption() == Exemption.FRANCHISE_EN_BASE);
        for (int i = 0; i < lines.size(); i++) {
            InvoiceLine l = lines.get(i);
            if (franchise && l.exemption() != Exemption.FRANCHISE_EN_BASE) {
                throw new InvalidInputException("franchise-mixed", "lines[" + i + "].exemption",
                        "a seller under the franchise en base (CGI art. 293 B) invoices every line without TVA", Map.of());
            }
            if (vatOnReceipts && l.nature() == Nature.GOODS) {
                throw new InvalidInputException("vat-on-receipts-for-goods", "vatOnReceipts",
                        "the TVA on goods is due at delivery, not on receipt (CGI art. 269-2-a): line " + i + " is goods",
                        Map.of());
            }
        }
    }

    private static Money nonNegative(Money m, String field) {
        if (m.isNegative()) {
            throw new InvalidInputException("negative-value", field, "'" + field + "' must not be negative",
                    Map.of("value", m.toString()));
        }
        return m;
    }
}
