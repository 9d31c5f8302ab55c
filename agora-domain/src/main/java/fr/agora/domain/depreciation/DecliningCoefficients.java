package fr.agora.domain.depreciation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The fiscal coefficients of the amortissement dégressif by useful life, as a dated table looked up by the date of
 * acquisition / mise en service: 1,25 (3–4 years), 1,75 (5–6 years), 2,25 (more than 6 years) since 2001 (CGI art.
 * 39 A, BOI-BIC-AMT-20-20-20-20; ../shared/RULES-REFERENCE.md §8); each raised by 0,5 for goods acquired from
 * 4 December 2008 to 31 December 2009 (plan de relance, loi de finances rectificative pour 2008, same BOI).
 * A life under 3 years is not eligible.
 */
public final class DecliningCoefficients {

    /** One period of the table: coefficients in hundredths for 3–4, 5–6 and more than 6 years. */
    public record Period(LocalDate from, LocalDate to, int shortLife, int mediumLife, int longLife, String source) {
        boolean covers(LocalDate d) {
            return !d.isBefore(from) && (to == null || !d.isAfter(to));
        }
    }

    public static final List<Period> FRANCE = List.of(
            new Period(LocalDate.of(2008, 12, 4), LocalDate.of(2009, 12, 31), 175, 225, 275,
                    "CGI art. 39 A; BOI-BIC-AMT-20-20-20-20 (majoration de 0,5, biens acquis du 04/12/2008 au 31/12/2009)"),
            new Period(LocalDate.of(2001, 1, 1), null, 125, 175, 225,
                    "CGI art. 39 A; BOI-BIC-AMT-20-20-20-20 (coefficients 1,25 / 1,75 / 2,25)"));

    private DecliningCoefficients() {
    }

    /** The coefficient in hundredths (125, 175, 225), or 0 when the life or the date is not eligible. */
    static int hundredths(int usefulLifeYears, LocalDate date) {
        if (usefulLifeYears < 3) {
            return 0;
        }
        for (Period p : FRANCE) {
            if (p.covers(date)) {
                return usefulLifeYears <= 4 ? p.shortLife() : usefulLifeYears <= 6 ? p.mediumLife() : p.longLife();
            }
        }
        return 0;
    }

    static String source(LocalDate date) {
        for (Period p : FRANCE) {
            if (p.covers(date)) {
                return p.source();
            }
        }
        return null;
    }

    /** The coefficient as a decimal (1.25 …), or null when not eligible. */
    public static BigDecimal of(int usefulLifeYears, LocalDate date) {
        int c = hundredths(usefulLifeYears, date);
        return c == 0 ? null : BigDecimal.valueOf(c, 2);
    }
}
