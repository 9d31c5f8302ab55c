package fr.agora.domain.workingtime;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Minutes shown as decimal hours (2 decimals, half up): 450 min → 7.50. */
final class Hours {

    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    private Hours() {
    }

    static BigDecimal of(long minutes) {
        return BigDecimal.valueOf(minutes).divide(SIXTY, 2, RoundingMode.HALF_UP);
    }
}
