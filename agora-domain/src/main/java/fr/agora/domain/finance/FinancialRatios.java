package fr.agora.domain.finance;

import static fr.agora.domain.shared.Decimals.ratio;

import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Money;
import java.math.BigDecimal;

/**
 * The usual ratios taught with the bilan and the compte de résultat (../shared/RULES-REFERENCE.md §10):
 * <ul>
 *   <li>liquidité générale = actif circulant (stocks + créances + disponibilités) ÷ dettes à court terme; réduite =
 *   (créances + disponibilités) ÷ dettes CT; immédiate = disponibilités ÷ dettes CT;</li>
 *   <li>solvabilité générale = total actif ÷ total dettes; autonomie financière = capitaux propres ÷ total passif;
 *   endettement = dettes financières ÷ capitaux propres;</li>
 *   <li>rentabilité commerciale = résultat net ÷ CA HT; financière = résultat net ÷ capitaux propres; économique =
 *   résultat d'exploitation ÷ (capitaux propres + dettes financières) — in per cent;</li>
 *   <li>délai clients = créances clients TTC ÷ ventes TTC × days; délai fournisseurs = dettes fournisseurs TTC ÷
 *   achats TTC × days (360 by default).</li>
 * </ul>
 * Rounding: ratios half up at 2 decimals, percentages at 2 decimals, days at the whole day; a ratio whose
 * denominator is zero is absent (null). Entry point: {@link #compute(Input)}.
 */
public final class FinancialRatios {

    private FinancialRatios() {
    }

    public record Input(Money inventories, Money tradeReceivables, Money otherReceivables, Money cash,
                        Money shortTermDebts, Money equity, Money financialDebts, Money totalAssets, Money netResult,
                        Money operatingResult, Money turnoverExclVat, Money salesInclVat, Money purchasesInclVat,
                        Money tradePayables, Integer dayBasis) {
        public Input {
            for (Object[] f : new Object[][] {{"inventories", inventories}, {"tradeReceivables", tradeReceivables},
                    {"otherReceivables", otherReceivables}, {"cash", cash}, {"shortTermDebts", shortTermDebts},
                    {"financialDebts", financialDebts}, {"totalAssets", totalAssets},
                    {"turnoverExclVat", turnoverExclVat}, {"salesInclVat", salesInclVat},
                    {"purchasesInclVat", purchasesInclVat}, {"tradePayables", tradePayables}}) {
                Money m = (Money) f[1];
                if (m == null || m.isNegative()) {
                    throw new InvalidInputException((String) f[0], "must be given and not negative");
                }
            }
            if (equity == null) {
                throw new InvalidInputException("equity", "is required");
            }
            if (netResult == null) {
                throw new InvalidInputException("netResult", "is required");
            }
            if (operatingResult == null) {
                throw new InvalidInputException("operatingResult", "is required");
            }
            dayBasis = dayBasis == null ? 360 : dayBasis;
            if (dayBasis != 360 && dayBasis != 365) {
                throw new InvalidInputException("dayBasis", "must be 360 or 365");
            }
        }
    }

    public record Result(BigDecimal currentRatio, BigDecimal quickRatio, BigDecimal cashRatio,
                         BigDecimal generalSolvency, BigDecimal financialAutonomy, BigDecimal gearing,
                         BigDecimal commercialProfitability, BigDecimal returnOnEquity, BigDecimal economicProfitability,
                         BigDecimal customerPaymentDays, BigDecimal supplierPaymentDays, int dayBasis) {
    }

    public static Result compute(Input in) {
        BigDecimal receivables = in.tradeReceivables().amount().add(in.otherReceivables().amount());
        BigDecimal cash = in.cash().amount();
        BigDecimal current = in.inventories().amount().add(receivables).add(cash);
        BigDecimal st = in.shortTermDebts().amount();
        BigDecimal debts = in.financialDebts().amount().add(st);
        BigDecimal equity = in.equity().amount();
        BigDecimal days = BigDecimal.valueOf(in.dayBasis());
        return new Result(ratio(current, st, 2), ratio(receivables.add(cash), st, 2), ratio(cash, st, 2),
                ratio(in.totalAssets().amount(), debts, 2), ratio(equity, in.totalAssets().amount(), 2),
                ratio(in.financialDebts().amount(), equity, 2),
                percent(in.netResult().amount(), in.turnoverExclVat().amount()),
                percent(in.netResult().amount(), equity),
                percent(in.operatingResult().amount(), equity.add(in.financialDebts().amount())),
                ratio(in.tradeReceivables().amount().multiply(days), in.salesInclVat().amount(), 0),
                ratio(in.tradePayables().amount().multiply(days), in.purchasesInclVat().amount(), 0), in.dayBasis());
    }

    private static BigDecimal percent(BigDecimal n, BigDecimal d) {
        return ratio(n.movePointRight(2), d, 2);
    }
}
