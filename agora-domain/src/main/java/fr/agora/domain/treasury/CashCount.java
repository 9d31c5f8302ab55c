package fr.agora.domain.treasury;

import fr.agora.domain.shared.EntryLine;
import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Contrôle de caisse: the cash counted (by denomination, euro notes and coins) against the balance of the brouillard
 * de caisse (account 53). A shortfall (manquant) is a charge: debit 658 <i>Charges diverses de gestion courante</i>,
 * credit 53; a surplus (excédent) a product: debit 53, credit 758 <i>Produits divers de gestion courante</i>. Exact at
 * the cent. Entry point: {@link #check(Money, List, Money)}.
 */
public final class CashCount {

    /** The euro denominations in circulation (notes 500 … 5, coins 2 … 0,01). */
    public static final Set<BigDecimal> DENOMINATIONS = Set.of(new BigDecimal("500"), new BigDecimal("200"),
            new BigDecimal("100"), new BigDecimal("50"), new BigDecimal("20"), new BigDecimal("10"),
            new BigDecimal("5"), new BigDecimal("2"), new BigDecimal("1"), new BigDecimal("0.50"),
            new BigDecimal("0.20"), new BigDecimal("0.10"), new BigDecimal("0.05"), new BigDecimal("0.02"),
            new BigDecimal("0.01"));

    public static final String CASH_ACCOUNT = "53";
    public static final String SHORTFALL_ACCOUNT = "658";
    public static final String SURPLUS_ACCOUNT = "758";

    private CashCount() {
    }

    /** So many notes or coins of one face value. */
    public record Denomination(BigDecimal faceValue, int count) {
        public Denomination {
            if (faceValue == null || DENOMINATIONS.stream().noneMatch(d -> d.compareTo(faceValue) == 0)) {
                throw new InvalidInputException("faceValue", "is not a euro note or coin (500 … 0.01)");
            }
            if (count < 0 || count > 1_000_000) {
                throw new InvalidInputException("count", "must be between 0 and 1000000");
            }
        }
    }

    public enum Outcome { BALANCED, SHORTFALL, SURPLUS }

    public record Result(Money bookBalance, Money counted, Money difference, Outcome outcome, List<EntryLine> entry) {
    }

    /**
     * @param bookBalance   the brouillard's balance (account 53)
     * @param denominations the count; or null/empty with {@code countedAmount}
     * @param countedAmount the total counted when no detail is given
     */
    public static Result check(Money bookBalance, List<Denomination> denominations, Money countedAmount) {
        if (bookBalance == null || bookBalance.isNegative()) {
            throw new InvalidInputException("bookBalance", "must be given and not negative (a till cannot be overdrawn)");
        }
        boolean detailed = denominations != null && !denominations.isEmpty();
        if (detailed == (countedAmount != null)) {
            throw new InvalidInputException(detailed ? "countedAmount" : "denominations",
                    "give either the denominations or the counted amount, not both");
        }
        Money counted = countedAmount;
        if (detailed) {
            BigDecimal sum = BigDecimal.ZERO;
            for (Denomination d : denominations) {
                sum = sum.add(d.faceValue().multiply(BigDecimal.valueOf(d.count())));
            }
            counted = Money.of(sum);
        }
        if (counted.isNegative()) {
            throw new InvalidInputException("countedAmount", "must not be negative");
        }
        Money diff = counted.minus(bookBalance);
        List<EntryLine> entry = new ArrayList<>(2);
        Outcome outcome = Outcome.BALANCED;
        if (diff.isNegative()) {
            outcome = Outcome.SHORTFALL;
            entry.add(EntryLine.debit(SHORTFALL_ACCOUNT, "Manquant de caisse", diff.negate()));
            entry.add(EntryLine.credit(CASH_ACCOUNT, "Manquant de caisse", diff.negate()));
        } else if (diff.isPositive()) {
            outcome = Outcome.SURPLUS;
            entry.add(EntryLine.debit(CASH_ACCOUNT, "Excédent de caisse", diff));
            entry.add(EntryLine.credit(SURPLUS_ACCOUNT, "Excédent de caisse", diff));
        }
        return new Result(bookBalance, counted, diff, outcome, entry);
    }
}
