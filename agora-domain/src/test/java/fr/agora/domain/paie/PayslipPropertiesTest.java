package fr.agora.domain.paie;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.domain.paie.PayslipInput.*;
import fr.agora.domain.paie.journal.PayrollJournal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Seeded random payslips; the seed is printed in every failure message. */
class PayslipPropertiesTest {

    static final long SEED = Long.getLong("paie.seed", 20260601L);

    static PayslipInput random(Random r) {
        YearMonth period = YearMonth.of(2026, 1 + r.nextInt(12));
        BigDecimal salary = BigDecimal.valueOf(r.nextInt(5_000_000), 2);
        List<OvertimeWeek> ot = new ArrayList<>();
        if (r.nextBoolean()) {
            ot.add(new OvertimeWeek(period.atDay(1), BigDecimal.valueOf(30 + r.nextInt(19))));
        }
        List<Absence> abs = new ArrayList<>();
        if (r.nextInt(3) == 0) {
            int d1 = 1 + r.nextInt(period.lengthOfMonth());
            int d2 = d1 + r.nextInt(period.lengthOfMonth() - d1 + 1);
            AbsenceMethod m = AbsenceMethod.values()[r.nextInt(AbsenceMethod.values().length)];
            abs.add(new Absence(period.atDay(d1), period.atDay(d2), null, m));
        }
        List<BenefitInKind> aen = r.nextBoolean() ? List.of(new BenefitInKind(BenefitKind.MEALS, BigDecimal.valueOf(r.nextInt(23)), null)) : null;
        List<Bonus> bonuses = r.nextBoolean() ? List.of(new Bonus("p", BigDecimal.valueOf(r.nextInt(100000), 2), r.nextBoolean())) : null;
        return new PayslipInput(period, new Employee(r.nextBoolean() ? Category.CADRE : Category.NON_CADRE, Contract.values()[r.nextInt(Contract.values().length)], salary, null, null),
                new Company(1 + r.nextInt(300), BigDecimal.valueOf(r.nextInt(500), 2), BigDecimal.valueOf(r.nextInt(8000), 2),
                        BigDecimal.valueOf(50 + r.nextInt(51))), ot, abs, bonuses, aen, r.nextBoolean() ? null : BigDecimal.valueOf(r.nextInt(300), 1));
    }

    @Test
    void nets_hold_their_identities_and_order() {
        Random r = new Random(SEED);
        PayslipCalculator calc = new PayslipCalculator();
        List<Payslip> all = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            PayslipInput in = random(r);
            Payslip p = calc.compute(in);
            all.add(p);
            String ctx = "seed=" + SEED + " case=" + i + " input=" + in;
            assertThat(p.gross().minus(p.totalEmployee())).as(ctx).isEqualTo(p.netBeforeTax());
            assertThat(p.netBeforeTax()).as(ctx).isLessThanOrEqualTo(p.gross());
            assertThat(p.netSocial()).as(ctx).isGreaterThanOrEqualTo(p.netBeforeTax());
            if (in.overtime().isEmpty() && in.employee().contract() != Contract.APPRENTICE) { // apprentices: SMIC exempt from income tax
                assertThat(p.netTaxable()).as(ctx).isGreaterThanOrEqualTo(p.netBeforeTax());
            }
            assertThat(p.employerCost()).as(ctx).isGreaterThanOrEqualTo(p.gross());
            assertThat(p.netPaid()).as(ctx).isEqualTo(p.netBeforeTax().minus(p.benefitsInKind()).plus(p.nonSubjectBonuses()).minus(p.withholdingTax()));
            assertThat(p.totalEmployee().signum()).as(ctx).isGreaterThanOrEqualTo(0);
        }
        PayrollJournal j = PayrollJournal.of(all);
        assertThat(j.totalDebit()).as("seed=" + SEED).isEqualTo(j.totalCredit());
    }

    @SuppressWarnings("unused")
    private static final LocalDate UNUSED = null;
}
