package fr.agora.domain.tva;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The TVA rates as dated data, looked up by value and date. A rate outside every validity window is refused
 * ({@link UnknownVatRateException}); there is no "undated" rate. Correcting or adding a rate is a data change here,
 * never a literal elsewhere in the code.
 */
public final class VatRateTable {

    private static final String OCA = "OCA l10n-france l10n_fr_account_vat_return/data/l10n.fr.account.vat.box.csv (CA3 line)";

    /** Metropolitan France (RULES-REFERENCE §1.1). Dates marked [MEM] are common knowledge to re-check. */
    public static final VatRateTable FRANCE = new VatRateTable(List.of(
            new VatRate("NORMAL", new BigDecimal("20"), LocalDate.of(2014, 1, 1), null, "08",
                    "Taux normal 20 %", "CGI art. 278 (loi 2012-1510 art. 68, from 2014-01-01 [MEM]); " + OCA),
            new VatRate("INTERMEDIATE", new BigDecimal("10"), LocalDate.of(2014, 1, 1), null, "9B",
                    "Taux intermédiaire 10 %", "CGI art. 279 (loi 2012-1510, from 2014-01-01 [MEM]); " + OCA),
            new VatRate("REDUCED", new BigDecimal("5.5"), LocalDate.of(1982, 7, 1), null, "09",
                    "Taux réduit 5,5 %", "CGI art. 278-0 bis (in force since 1982-07-01 [MEM]); " + OCA),
            new VatRate("PARTICULAR", new BigDecimal("2.1"), LocalDate.of(1986, 1, 1), null, "T6",
                    "Taux particulier 2,1 % (France continentale)", "CGI art. 281 quater ff. (from 1986 [MEM]); " + OCA),
            new VatRate("NORMAL_2000", new BigDecimal("19.6"), LocalDate.of(2000, 4, 1), LocalDate.of(2013, 12, 31), "13",
                    "Ancien taux normal 19,6 %", "CGI art. 278 before loi 2012-1510 [MEM]; CA3 line 13 'anciens taux'"),
            new VatRate("INTERMEDIATE_2012", new BigDecimal("7"), LocalDate.of(2012, 1, 1), LocalDate.of(2013, 12, 31), "13",
                    "Ancien taux intermédiaire 7 %", "loi 2011-1978 art. 13 [MEM]; CA3 line 13 'anciens taux'")));

    private final VatRate[] rates;

    public VatRateTable(List<VatRate> rates) {
        this.rates = List.copyOf(Objects.requireNonNull(rates, "rates")).toArray(VatRate[]::new);
    }

    /** The rate of {@code percent} % in force on {@code date}; {@code field} names the input in the error. */
    public VatRate rateFor(BigDecimal percent, LocalDate date, String field) {
        Amounts.required(percent, field);
        Amounts.requireScale(percent, 2, field);
        Amounts.required(date, field);
        for (VatRate r : rates) {
            if (r.percent().compareTo(percent) == 0 && r.validOn(date)) {
                return r;
            }
        }
        throw new UnknownVatRateException(percent, date, field);
    }

    /**
     * The rate of a line: an exempt line's 0 % (which carries its CA3 line), else the rate of {@code percent} % in force
     * on {@code date}.
     */
    public VatRate rateFor(BigDecimal percent, Exemption exemption, LocalDate date, String field) {
        return exemption != null ? exemption.zeroRate() : rateFor(percent, date, field);
    }

    public List<VatRate> validOn(LocalDate date) {
        return java.util.Arrays.stream(rates).filter(r -> r.validOn(date)).toList();
    }

    public List<VatRate> all() {
        return List.of(rates);
    }
}
