package fr.agora.domain.invoice;

import fr.agora.domain.shared.Money;
import fr.agora.domain.tva.VatNumber;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Checks the mandatory mentions of an invoice header (RULES-REFERENCE §2.4: Code de commerce L441-9, CGI ann. II art.
 * 242 nonies A, e-invoicing decree of October 2022) and lists what is missing or wrong. The fine risked is 15 € per
 * missing or wrong <em>tax</em> mention, capped at 25 % of the invoice amount (CGI art. 1737, numerotva.fr); the
 * commercial mentions (payment terms, penalties, the 40 € indemnity, SIREN, legal form, capital, RCS) fall under the
 * Code de commerce instead.
 */
public final class MentionsCheck {

    /** From this date the four e-invoicing mentions are checked by default (dynamique-mag.com, §2.4). */
    public static final LocalDate E_INVOICING_MENTIONS_FROM = LocalDate.of(2026, 9, 1);
    public static final Money RECOVERY_INDEMNITY = Money.of("40");
    public static final Money FINE_PER_MENTION = Money.of("15");
    public static final Money BUYER_VAT_NUMBER_THRESHOLD = Money.of("150");
    private static final Set<String> COMPANIES = Set.of("SA", "SAS", "SASU", "SARL", "EURL", "SNC", "SCA", "SCS", "SELARL", "SELAS");

    /**
     * A mention missing or wrong. {@code basis} says which law requires it, hence its sanction: a {@code TAX} mention
     * (CGI art. 289, ann. II art. 242 nonies A) is fined 15 € under CGI art. 1737; a {@code COMMERCIAL} one (Code de
     * commerce L441-9, R123-237) falls under the Code de commerce, not under art. 1737.
     */
    public record Missing(String code, String field, String requirement, Basis basis) {

        public Missing(String code, String field, String requirement) {
            this(code, field, requirement, Basis.TAX);
        }

        static Missing commercial(String code, String field, String requirement) {
            return new Missing(code, field, requirement, Basis.COMMERCIAL);
        }
    }

    /** Which law requires a mention. */
    public enum Basis { TAX, COMMERCIAL }

    /**
     * {@code potentialFine}: 15 € per missing or wrong tax mention, capped at 25 % of the invoice (CGI art. 1737);
     * {@code commercialSanction}: what the commercial mentions missing risk instead, {@code null} when none is.
     */
    public record Result(boolean complete, List<Missing> missing, Money potentialFine, String commercialSanction) {
    }

    /** Code de commerce L441-16 [MEM: amounts not re-read in the text]. */
    public static final String COMMERCIAL_SANCTION = "amende administrative (Code de commerce L441-16: up to 75 000 € "
            + "for a natural person, 375 000 € for a legal person), not the 15 € of CGI art. 1737";

    public Result check(InvoiceHeader h) {
        List<Missing> out = new ArrayList<>();
        checkNumberAndDate(h, out);
        checkSeller(h, out);
        checkBuyer(h, out);
        checkPaymentTerms(h, out);
        checkEInvoicingMentions(h, out);
        return new Result(out.isEmpty(), List.copyOf(out), taxFine(out, h.totalExclVat()),
                out.stream().anyMatch(m -> m.basis() == Basis.COMMERCIAL) ? COMMERCIAL_SANCTION : null);
    }

    /** Number (continuous, same series) and date of issue (CGI ann. II art. 242 nonies A). */
    private static void checkNumberAndDate(InvoiceHeader h, List<Missing> out) {
        if (blank(h.number())) {
            out.add(new Missing("NUMBER", "number", "unique number in a continuous chronological sequence (CGI ann. II 242 nonies A)"));
        } else if (!blank(h.previousNumber()) && !follows(h.previousNumber(), h.number())) {
            out.add(new Missing("NUMBER_NOT_CONSECUTIVE", "number", "number " + h.number() + " does not follow " + h.previousNumber()
                    + " in the same series"));
        }
        if (h.issueDate() == null) {
            out.add(new Missing("ISSUE_DATE", "issueDate", "date of issue"));
        }
    }

    /** The seller: name, address, TVA number or the franchise mention (tax); SIREN, legal form, capital, RCS (commercial). */
    private static void checkSeller(InvoiceHeader h, List<Missing> out) {
        InvoiceHeader.Party s = h.seller();
        if (s == null) {
            out.add(new Missing("SELLER", "seller", "seller identity"));
        } else {
            if (blank(s.name())) {
                out.add(new Missing("SELLER_NAME", "seller.name", "seller's name or dénomination"));
            }
            if (blank(s.address())) {
                out.add(new Missing("SELLER_ADDRESS", "seller.address", "seller's address (siège)"));
            }
            if (blank(s.siren())) {
                out.add(Missing.commercial("SELLER_SIREN", "seller.siren", "seller's SIREN or SIRET"));
            } else if (!validSiren(s.siren())) {
                out.add(Missing.commercial("SELLER_SIREN_INVALID", "seller.siren", "SIREN " + s.siren() + " fails its check digit (Luhn)"));
            }
            if (!h.franchise()) {
                if (blank(s.vatNumber())) {
                    out.add(new Missing("SELLER_VAT_NUMBER", "seller.vatNumber", "seller's intra-EU TVA number"));
                } else if (!validFrenchVatNumber(s.vatNumber(), s.siren())) {
                    out.add(new Missing("SELLER_VAT_NUMBER_INVALID", "seller.vatNumber",
                            "FR TVA number = FR + key (12 + 3 × (SIREN mod 97)) mod 97 + SIREN"));
                }
            } else if (!h.franchiseMention()) {
                out.add(new Missing("FRANCHISE_MENTION", "franchiseMention", "'TVA non applicable, art. 293 B du CGI'"));
            }
            if (blank(s.legalForm())) {
                out.add(Missing.commercial("SELLER_LEGAL_FORM", "seller.legalForm", "legal form (or 'EI' for an entrepreneur individuel)"));
            } else if (COMPANIES.contains(s.legalForm().trim().toUpperCase()) && s.shareCapital() == null) {
                out.add(Missing.commercial("SELLER_SHARE_CAPITAL", "seller.shareCapital", "share capital of a company"));
            }
            if (blank(s.registration())) {
                out.add(Missing.commercial("SELLER_REGISTRATION", "seller.registration", "RCS + greffe city (or RM for an artisan)"));
            }
        }
    }

    /** The buyer: name, address, TVA number of a liable buyer above 150 € HT. */
    private static void checkBuyer(InvoiceHeader h, List<Missing> out) {
        InvoiceHeader.Party b = h.buyer();
        if (b == null) {
            out.add(new Missing("BUYER", "buyer", "buyer identity"));
        } else {
            if (blank(b.name())) {
                out.add(new Missing("BUYER_NAME", "buyer.name", "buyer's name"));
            }
            if (blank(b.address())) {
                out.add(new Missing("BUYER_ADDRESS", "buyer.address", "buyer's (billing) address"));
            }
            if (h.businessCustomer() && blank(b.vatNumber()) && h.totalExclVat() != null
                    && h.totalExclVat().compareTo(BUYER_VAT_NUMBER_THRESHOLD) > 0) {
                out.add(new Missing("BUYER_VAT_NUMBER", "buyer.vatNumber", "buyer's TVA number (liable buyer, invoice over 150 € HT)"));
            }
        }
    }

    /** Payment date, and for a business customer the penalty rate, the 40 € indemnity, the escompte terms (Code de commerce). */
    private static void checkPaymentTerms(InvoiceHeader h, List<Missing> out) {
        if (h.paymentDueDate() == null) {
            out.add(Missing.commercial("PAYMENT_DUE_DATE", "paymentDueDate", "payment date (Code de commerce L441-9)"));
        }
        if (h.businessCustomer()) {
            if (h.latePenaltyRate() == null) {
                out.add(Missing.commercial("LATE_PENALTY_RATE", "latePenaltyRate", "rate of late-payment penalties (L441-10)"));
            }
            if (h.recoveryIndemnity() == null) {
                out.add(Missing.commercial("RECOVERY_INDEMNITY", "recoveryIndemnity", "flat indemnity of 40 € for recovery costs (D441-5)"));
            } else if (!h.recoveryIndemnity().equals(RECOVERY_INDEMNITY)) {
                out.add(Missing.commercial("RECOVERY_INDEMNITY_AMOUNT", "recoveryIndemnity", "the flat indemnity is 40 €"));
            }
            if (blank(h.cashDiscountTerms())) {
                out.add(Missing.commercial("CASH_DISCOUNT_TERMS", "cashDiscountTerms", "escompte conditions (or 'pas d'escompte')"));
            }
        }
    }

    /** The e-invoicing mentions (decree of October 2022): buyer SIREN, nature of operations, delivery address, option débits. */
    private static void checkEInvoicingMentions(InvoiceHeader h, List<Missing> out) {
        InvoiceHeader.Party b = h.buyer();
        boolean eInvoicing = h.eInvoicing() != null ? h.eInvoicing()
                : h.businessCustomer() && h.issueDate() != null && !h.issueDate().isBefore(E_INVOICING_MENTIONS_FROM);
        if (eInvoicing) {
            if (b != null && blank(b.siren())) {
                out.add(new Missing("BUYER_SIREN", "buyer.siren", "customer's SIREN (e-invoicing mention)"));
            } else if (b != null && !validSiren(b.siren())) {
                out.add(new Missing("BUYER_SIREN_INVALID", "buyer.siren", "SIREN " + b.siren() + " fails its check digit (Luhn)"));
            }
            if (h.operationNature() == null && !h.mixedOperations()) {
                out.add(new Missing("OPERATION_NATURE", "operationNature", "nature of the operations: goods, services or both (e-invoicing mention)"));
            }
            boolean goods = h.mixedOperations() || h.operationNature() == fr.agora.domain.tva.Nature.GOODS;
            if (goods && blank(h.deliveryAddress()) && !Boolean.TRUE.equals(h.deliveryAddressSameAsBilling())) {
                out.add(new Missing("DELIVERY_ADDRESS", "deliveryAddress", "delivery address when it differs from the billing address (e-invoicing mention)"));
            }
            if (h.vatOnDebitsOption() && !h.vatOnDebitsMention()) {
                out.add(new Missing("VAT_ON_DEBITS_MENTION", "vatOnDebitsMention", "'Option pour le paiement de la taxe d'après les débits' (e-invoicing mention)"));
            }
        }
    }

    /** 15 € per tax mention missing or wrong, capped at a quarter of the invoice amount (CGI art. 1737 I-3). */
    static Money taxFine(List<Missing> missing, Money totalExclVat) {
        long taxMentions = missing.stream().filter(m -> m.basis() == Basis.TAX).count();
        Money fine = FINE_PER_MENTION.times(BigDecimal.valueOf(taxMentions), Money.HALF_UP);
        if (totalExclVat != null) {
            fine = fine.min(totalExclVat.percent(BigDecimal.valueOf(25), Money.HALF_UP));
        }
        return fine;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Same prefix, and a numeric suffix one above the previous one (F2026-0041 → F2026-0042). */
    static boolean follows(String previous, String current) {
        int p = digitsStart(previous);
        int c = digitsStart(current);
        if (p == previous.length() || c == current.length()) {
            return false;
        }
        if (!previous.substring(0, p).equals(current.substring(0, c))) {
            return false;
        }
        return new java.math.BigInteger(current.substring(c)).subtract(new java.math.BigInteger(previous.substring(p)))
                .equals(java.math.BigInteger.ONE);
    }

    private static int digitsStart(String s) {
        int i = s.length();
        while (i > 0 && Character.isDigit(s.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** 9 digits whose Luhn sum is a multiple of 10 (a SIRET's first 9 digits are its SIREN). */
    public static boolean validSiren(String siren) {
        String s = siren.replace(" ", "");
        if (s.length() == 14) {
            s = s.substring(0, 9);
        }
        if (!s.matches("\\d{9}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int d = s.charAt(8 - i) - '0';
            if (i % 2 == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    /** A VAT number of the right shape ({@link VatNumber}); a French one with its key and, when given, the SIREN's. */
    public static boolean validFrenchVatNumber(String vat, String siren) {
        String v = VatNumber.normalise(vat);
        if (!VatNumber.check(v).valid()) {
            return false;
        }
        return !v.startsWith("FR") || siren == null || siren.replace(" ", "").startsWith(v.substring(4));
    }
}
