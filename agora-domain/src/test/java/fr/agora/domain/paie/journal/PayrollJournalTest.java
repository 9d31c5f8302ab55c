package fr.agora.domain.paie.journal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.domain.paie.Payslip;
import fr.agora.domain.paie.PayslipCalculator;
import fr.agora.domain.paie.PayslipInput;
import fr.agora.domain.paie.PayslipInput.*;
import fr.agora.domain.shared.Money;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class PayrollJournalTest {

    @Test
    void the_entry_balances_and_totals_each_body() {
        PayslipCalculator c = new PayslipCalculator();
        Payslip a = c.compute(new PayslipInput(YearMonth.of(2026, 1), new Employee(Category.NON_CADRE, null, new BigDecimal("1823.07"), null, null),
                new Company(10, new BigDecimal("1"), null, null), null, null, null, null, null));
        Payslip b = c.compute(new PayslipInput(YearMonth.of(2026, 1), new Employee(Category.CADRE, null, new BigDecimal("5000"), null, null),
                new Company(10, new BigDecimal("1"), new BigDecimal("40"), new BigDecimal("50")), null, null,
                List.of(new Bonus("Transport", new BigDecimal("30"), false)), List.of(new BenefitInKind(BenefitKind.NTIC, null, new BigDecimal("25"))), null));
        PayrollJournal j = PayrollJournal.of(List.of(a, b));
        assertThat(j.totalDebit()).isEqualTo(j.totalCredit());
        Money gross641 = a.gross().plus(b.gross()).plus(Money.of("30"));
        assertThat(j.entries().get(0).account()).isEqualTo("641");
        assertThat(j.entries().get(0).debit()).isEqualTo(gross641);
        Money bodies = j.byCollectingBody().get("URSSAF").plus(j.byCollectingBody().get("RETRAITE_COMPLEMENTAIRE"))
                .plus(j.byCollectingBody().get("PREVOYANCE_SANTE"));
        assertThat(bodies).isEqualTo(a.totalEmployee().plus(a.totalEmployer()).plus(b.totalEmployee()).plus(b.totalEmployer()));
        assertThat(j.entries()).extracting(PayrollJournal.Entry::account).containsExactly("641", "645", "421", "431", "437", "4421", "7088");
    }
}
