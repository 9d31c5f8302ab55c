package fr.agora.application.service.tva;

import fr.agora.application.port.in.tva.AssessVatDeductionCommand;
import fr.agora.application.port.in.tva.AssessVatDeductionUseCase;
import fr.agora.domain.tva.VatDeduction;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

public final class AssessVatDeductionService implements AssessVatDeductionUseCase {

    private final VatDeduction deduction = new VatDeduction();
    private final Clock clock;

    public AssessVatDeductionService(Clock clock) {
        this.clock = clock;
    }

    @Override
    public VatDeduction.Result assess(AssessVatDeductionCommand c) {
        BigDecimal taxation = c.totalTurnover() == null ? c.taxation()
                : VatDeduction.taxationCoefficient(c.turnoverWithDeductionRight(), c.totalTurnover());
        return deduction.assess(c.expense(), c.vat(), c.giftValueInclVat(), c.date() == null ? LocalDate.now(clock) : c.date(),
                c.subjection(), taxation);
    }
}
