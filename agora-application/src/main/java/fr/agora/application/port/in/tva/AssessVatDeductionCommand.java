package fr.agora.application.port.in.tva;

import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Money;
import fr.agora.domain.tva.Amounts;
import fr.agora.domain.tva.VatDeduction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * A purchase's TVA to assess. The taxation coefficient is given directly ({@code taxation}) or from the turnovers
 * ({@code turnoverWithDeductionRight} / {@code totalTurnover}), never both; {@code date} defaults to today.
 */
public record AssessVatDeductionCommand(VatDeduction.Expense expense, Money vat, Money giftValueInclVat, LocalDate date,
        BigDecimal subjection, BigDecimal taxation, Money turnoverWithDeductionRight, Money totalTurnover) {

    public AssessVatDeductionCommand {
        Amounts.required(expense, "expense");
        Amounts.required(vat, "vat");
        if (taxation != null && (turnoverWithDeductionRight != null || totalTurnover != null)) {
            throw new InvalidInputException("taxation-twice", "taxation",
                    "give the taxation coefficient or the turnovers it comes from, not both", Map.of());
        }
        if ((turnoverWithDeductionRight == null) != (totalTurnover == null)) {
            throw new InvalidInputException("missing-value",
                    turnoverWithDeductionRight == null ? "turnoverWithDeductionRight" : "totalTurnover",
                    "the prorata needs both turnovers", Map.of());
        }
    }
}
