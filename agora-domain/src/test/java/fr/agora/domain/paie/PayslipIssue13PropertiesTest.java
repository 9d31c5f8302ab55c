package fr.agora.domain.paie;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.domain.paie.PayslipInput.*;
import fr.agora.domain.paie.journal.PayrollJournal;
import fr.agora.domain.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random payslips with the issue 13 inputs (part time, entry/exit, sick leave, end of a CDD): the identities
 * that must hold whatever the figures. The seed is printed in every failure message.
 */
class PayslipIssue13PropertiesTest {

    static final long SEED = Long.getLong("paie.seed", 20261206L);
    static final Money PMSS = Money.of("4005.00");

    static PayslipInput random(Random r) {
        YearMonth period = YearMonth.of(2026, 1 + r.nextInt(12));
        Contract contract = r.nextInt(3) == 0 ? Contract.CDD : Contract.CDI;
        BigDecimal hours = r.nextBoolean() ? null : BigDecimal.valueOf(40 + r.nextInt(112));
        LocalDate hiredOn = r.nextInt(4) == 0 ? period.atDay(1 + r.nextInt(period.lengthOfMonth()))
                : LocalDate.of(1990 + r.nextInt(36), 1 + r.nextInt(12), 1);
        LocalDate leftOn = r.nextInt(4) == 0 ? period.atDay(1 + r.nextInt(period.lengthOfMonth())) : null;
        if (leftOn != null && leftOn.isBefore(hiredOn)) {
            leftOn = hiredOn;
        }
        List<SickLeave> sick = new ArrayList<>();
        if (r.nextInt(3) == 0) {
            LocalDate from = r.nextBoolean() ? period.atDay(1 + r.nextInt(period.lengthOfMonth())) : period.atDay(1).minusDays(r.nextInt(90));
            LocalDate to = from.plusDays(r.nextInt(120));
            sick.add(new SickLeave(from, to.isBefore(period.atDay(1)) ? period.atDay(1) : to,
                    r.nextBoolean() ? null : BigDecimal.valueOf(r.nextInt(3_000_000), 2), r.nextInt(100)));
        }
        EndOfContract end = contract == Contract.CDD && r.nextBoolean()
                ? new EndOfContract(BigDecimal.valueOf(r.nextInt(5_000_000), 2), r.nextBoolean()) : null;
        return new PayslipInput(period,
                new Employee(r.nextBoolean() ? Category.CADRE : Category.NON_CADRE, contract, BigDecimal.valueOf(r.nextInt(1_200_000), 2),
                        null, hours, hiredOn, leftOn, r.nextBoolean() ? null : AbsenceMethod.values()[r.nextInt(AbsenceMethod.values().length)]),
                new Company(1 + r.nextInt(400), BigDecimal.valueOf(r.nextInt(500), 2), BigDecimal.valueOf(r.nextInt(8000), 2),
                        BigDecimal.valueOf(50 + r.nextInt(51)), r.nextInt(10) == 0),
                null, null, null, r.nextBoolean() ? List.of(new BenefitInKind(BenefitKind.MEALS, BigDecimal.valueOf(r.nextInt(23)), null)) : null,
                null, sick, end);
    }

    @Test
    void identities_hold_with_part_time_partial_months_sick_leave_and_cdd_ends() {
        Random r = new Random(SEED);
        PayslipCalculator calc = new PayslipCalculator();
        List<Payslip> all = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            PayslipInput in = random(r);
            Payslip p = calc.compute(in);
            all.add(p);
            String ctx = "seed=" + SEED + " case=" + i + " input=" + in;
            assertThat(p.gross().minus(p.totalEmployee())).as(ctx).isEqualTo(p.netBeforeTax());
            assertThat(p.netPaid()).as(ctx).isEqualTo(p.netPayableBeforeIncomeTax().minus(p.withholdingTax()));
            assertThat(p.netPayableBeforeIncomeTax()).as(ctx)
                    .isEqualTo(p.netBeforeTax().minus(p.benefitsInKind()).plus(p.nonSubjectBonuses()).plus(p.sickPay().ijssNet()));
            assertThat(p.socialSecurityCeiling()).as(ctx).isLessThanOrEqualTo(PMSS);
            assertThat(p.socialSecurityCeiling().isPositive()).as(ctx).isTrue();
            assertThat(p.gross().signum()).as(ctx).isGreaterThanOrEqualTo(0);
            assertThat(p.generalReduction().retraiteComplementaire().plus(p.generalReduction().urssaf())).as(ctx)
                    .isEqualTo(p.line("RGDU", false));
            assertThat(p.sickPay().ijssNet()).as(ctx).isLessThanOrEqualTo(p.sickPay().ijssGross());
            // the maintained salary never exceeds the salary of the days taken off
            Money maintained = earnings(p, "MAINTIEN_SALAIRE_");
            assertThat(maintained.plus(earnings(p, "ABS_MALADIE")).signum()).as(ctx).isLessThanOrEqualTo(0);
        }
        PayrollJournal j = PayrollJournal.of(all);
        assertThat(j.totalDebit()).as("seed=" + SEED).isEqualTo(j.totalCredit());
    }

    static Money earnings(Payslip p, String prefix) {
        Money total = Money.ZERO;
        for (Payslip.EarningLine e : p.earnings()) {
            if (e.code().startsWith(prefix)) {
                total = total.plus(e.amount());
            }
        }
        return total;
    }
}
