package fr.agora.domain.pfmp;

import fr.agora.domain.school.PeriodCode;
import fr.agora.domain.shared.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The allocation de PFMP of one student, period by period in order: days done × the daily forfait of the period's
 * year of the cycle, the amount capped so that one school year never exceeds its cap (earlier periods of the same
 * year consume it first). Periods not yet attested are left out.
 */
public record PfmpAllowance(List<Line> lines, Money total) {

    public record Line(PeriodCode period, CycleYear cycleYear, int days, Money dailyForfait, Money uncapped, Money amount,
                       boolean capped, String source) {
    }

    public PfmpAllowance {
        lines = List.copyOf(lines);
    }

    public static PfmpAllowance of(PfmpAttestation attestation) {
        Map<CycleYear, Money> paid = new EnumMap<>(CycleYear.class);
        List<Line> lines = new ArrayList<>();
        for (PfmpAttestation.Line l : attestation.lines()) {
            if (!l.attested()) continue;
            PfmpAllowanceRates rates = PfmpAllowanceRates.on(l.start());
            Money forfait = rates.dailyForfait().get(l.cycleYear());
            Money uncapped = Money.of(forfait.amount().multiply(BigDecimal.valueOf(l.daysDone())));
            Money already = paid.getOrDefault(l.cycleYear(), Money.ZERO);
            BigDecimal room = rates.schoolYearCap().get(l.cycleYear()).amount().subtract(already.amount()).max(BigDecimal.ZERO);
            Money amount = Money.of(uncapped.amount().min(room));
            paid.put(l.cycleYear(), Money.of(already.amount().add(amount.amount())));
            lines.add(new Line(l.period(), l.cycleYear(), l.daysDone(), forfait, uncapped, amount,
                    amount.compareTo(uncapped) < 0, rates.source()));
        }
        return new PfmpAllowance(lines, Money.total(lines.stream().map(Line::amount).toList()));
    }

    public Line line(PeriodCode period) {
        return lines.stream().filter(l -> l.period() == period).findFirst().orElse(null);
    }
}
