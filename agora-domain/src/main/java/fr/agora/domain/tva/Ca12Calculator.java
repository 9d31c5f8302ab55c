package fr.agora.domain.tva;

import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Money;
import java.time.LocalDate;
import java.util.Map;

/**
 * The régime simplifié: two instalments during year N, in July (55 %) and December (40 %) of the base — the TVA due
 * for N-1 before deduction of the TVA on fixed assets (CA12 line 57) — none when the base is under 1 000 €; then the
 * annual CA12 balance = TVA due for N − instalments (negative: a credit). Every amount is declared in whole euros,
 * rounded half up.
 */
public final class Ca12Calculator {

    public enum BalanceKind { DUE, CREDIT, NIL }

    public record Result(int year, Money instalmentBase, Money julyInstalment, Money decemberInstalment,
            Money totalInstalments, Money balance, BalanceKind balanceKind, boolean instalmentsDue, Ca12Parameters parameters) {
    }

    public Result compute(int year, Money previousYearVat, Money currentYearVat) {
        Amounts.required(previousYearVat, "previousYearVat");
        Amounts.required(currentYearVat, "currentYearVat");
        if (previousYearVat.isNegative()) {
            throw new InvalidInputException("negative-value", "previousYearVat",
                    "the instalment base (TVA due N-1) is not negative; a credit gives a base of 0", Map.of());
        }
        Ca12Parameters p = Ca12Parameters.on(LocalDate.of(year, 1, 1), "year");
        long base = Amounts.centsToEuroHalfUp(previousYearVat.cents());
        boolean due = base * 100 >= p.minimumBase().cents();
        long july = due ? Amounts.centsToEuroHalfUp(Amounts.percentOfCents(base * 100, bp(p.julyPercent()))) : 0;
        long december = due ? Amounts.centsToEuroHalfUp(Amounts.percentOfCents(base * 100, bp(p.decemberPercent()))) : 0;
        long current = Amounts.centsToEuroHalfUp(currentYearVat.cents());
        long balance = current - july - december;
        return new Result(year, euros(base), euros(july), euros(december), euros(july + december), euros(balance),
                balance > 0 ? BalanceKind.DUE : balance < 0 ? BalanceKind.CREDIT : BalanceKind.NIL, due, p);
    }

    private static long bp(java.math.BigDecimal percent) {
        return percent.movePointRight(2).longValueExact();
    }

    private static Money euros(long e) {
        return Money.ofCents(e * 100);
    }
}
