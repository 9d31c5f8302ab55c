package fr.agora.domain.tva;

import fr.agora.domain.shared.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * Why an operation carries no French TVA (a line at 0 %), with the mention the invoice must then carry (CGI ann. II
 * art. 242 nonies A, I-13°: "la référence à la disposition pertinente du CGI ou de la directive") and the CA3 line
 * that reports its base (3310-CA3 notice, RULES-REFERENCE §1.6, §1.8).
 */
public enum Exemption {
    /** Export of goods outside the EU (CGI art. 262 I) → CA3 line E1. */
    EXPORT("E1", "Exonération de TVA, art. 262 I du CGI", false, "CGI art. 262 I; CA3 line E1 (OCA box CSV, DA)"),
    /**
     * Delivery of goods to a business identified for VAT in another member state (CGI art. 262 ter I) → line F2; the
     * customer's intra-EU number is a condition of the exemption (262 ter I, since 2020) and a mention (242 nonies A).
     */
    INTRA_EU_DELIVERY("F2", "Exonération de TVA, art. 262 ter I du CGI", true,
            "CGI art. 262 ter I; ann. II art. 242 nonies A; CA3 line F2 (OCA box CSV, DC)"),
    /** Seller under the franchise en base (CGI art. 293 B): no TVA, files no CA3. */
    FRANCHISE_EN_BASE(null, "TVA non applicable, art. 293 B du CGI", false, "CGI art. 293 B; RULES-REFERENCE §1.5"),
    /** Another exempt operation (CGI art. 261: teaching, health …): the mention names art. 261 → line E2. */
    OTHER_EXEMPT("E2", "Exonération de TVA, art. 261 du CGI", false, "CGI art. 261; CA3 line E2 (OCA box CSV, DB)"),
    /**
     * The customer pays the TVA (B2B services to a business of another member state, CGI art. 259-1 and 283-2;
     * French sub-contracting in construction, 283-2 nonies) → line E2, mention "Autoliquidation", customer's number.
     */
    REVERSE_CHARGE("E2", "Autoliquidation", true, "CGI art. 259-1, 283-2, 283-2 nonies; ann. II art. 242 nonies A; CA3 line E2");

    /**
     * A line at 0 % says why (CGI ann. II art. 242 nonies A, I-13°) and a taxed line carries no exemption: the check an
     * invoice line and a TVA operation line share; {@code path} names the line ({@code lines[2]}).
     */
    public static void requireStatedOnZeroRateOnly(BigDecimal vatRate, Exemption exemption, String path) {
        boolean zero = vatRate.signum() == 0;
        if (zero && exemption == null) {
            throw new InvalidInputException("missing-exemption", path + ".exemption",
                    "a line at 0 % needs its exemption: EXPORT, INTRA_EU_DELIVERY, FRANCHISE_EN_BASE, OTHER_EXEMPT or REVERSE_CHARGE",
                    Map.of());
        }
        if (!zero && exemption != null) {
            throw new InvalidInputException("exemption-on-taxed-line", path + ".exemption",
                    "only a line at 0 % carries an exemption", Map.of("vatRate", vatRate.toPlainString()));
        }
    }

    private static final Exemption[] VALUES = values();

    private final String ca3Line;
    private final String mention;
    private final boolean customerVatNumberRequired;
    private final String source;
    private final VatRate zeroRate;

    Exemption(String ca3Line, String mention, boolean customerVatNumberRequired, String source) {
        this.ca3Line = ca3Line;
        this.mention = mention;
        this.customerVatNumberRequired = customerVatNumberRequired;
        this.source = source;
        // a 0 % "rate" carrying the CA3 line, so that an exempt line flows through the same resolution as a taxed one
        this.zeroRate = new VatRate("EXEMPT_" + name(), BigDecimal.ZERO, LocalDate.MIN, null,
                ca3Line == null ? "none" : ca3Line, mention, source);
    }

    /** The CA3 line carrying the base, or {@code null} (franchise: no return). */
    public String ca3Line() {
        return ca3Line;
    }

    /** The mention the invoice must carry. */
    public String mention() {
        return mention;
    }

    /** True when the customer's intra-EU VAT number must be on the invoice (and checked). */
    public boolean customerVatNumberRequired() {
        return customerVatNumberRequired;
    }

    public String source() {
        return source;
    }

    /** The exemption whose 0 % rate this is, or {@code null} for a taxed rate. */
    public static Exemption of(VatRate rate) {
        if (rate.percent().signum() != 0) {
            return null;
        }
        for (Exemption e : VALUES) {
            if (e.zeroRate == rate) {
                return e;
            }
        }
        return null;
    }

    /** The 0 % rate whose CA3 line reports this exemption's base ("none" for the franchise). */
    VatRate zeroRate() {
        return zeroRate;
    }
}
