package fr.agora.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.domain.indicators.Absence;
import fr.agora.domain.indicators.AbsenceKind;
import fr.agora.domain.indicators.Gender;
import fr.agora.domain.indicators.HrIndicatorCalculator;
import fr.agora.domain.indicators.HrIndicators;
import fr.agora.domain.indicators.StaffMember;
import fr.agora.domain.shared.Money;
import fr.agora.domain.travel.ExpenseClaim;
import fr.agora.domain.travel.ExpenseClaimChecker;
import fr.agora.domain.travel.ExpenseItem;
import fr.agora.domain.travel.ExpenseType;
import fr.agora.domain.travel.MileageAllowance;
import fr.agora.domain.travel.MileageAllowanceCalculator;
import fr.agora.domain.travel.MileageScaleTable;
import fr.agora.domain.travel.UrssafAllowanceTable;
import fr.agora.domain.travel.VehicleKind;
import fr.agora.domain.workingtime.Shift;
import fr.agora.domain.workingtime.Worker;
import fr.agora.domain.workingtime.WorkingTimeChecker;
import fr.agora.domain.workingtime.WorkingTimePlan;
import fr.agora.domain.workingtime.WorkingTimeReport;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The README's personnel example ("Embedding the domain jar"), compiled and run from outside the domain packages; the
 * second test fails if the README's code block and this method drift apart.
 */
class PersonnelEmbeddingExampleTest {

    @Test
    void readme_personnel_example() {
        // PERSONNEL-EXAMPLE-START
        MileageAllowance ik = new MileageAllowanceCalculator(MileageScaleTable.FRANCE)
                .compute(2025, VehicleKind.CAR, 5, 12_000, false);

        ExpenseClaim claim = new ExpenseClaimChecker(UrssafAllowanceTable.FRANCE).check(LocalDate.of(2026, 3, 10),
                List.of(new ExpenseItem(ExpenseType.MEAL_AT_RESTAURANT, 3, Money.of("25.00"))), Map.of());

        Worker ana = new Worker("ana", LocalDate.of(1990, 4, 12), 35 * 60, false, false, null, BigDecimal.valueOf(25));
        WorkingTimeReport planning = new WorkingTimeChecker().check(new WorkingTimePlan(List.of(ana),
                List.of(new Shift("ana", LocalDateTime.of(2026, 3, 2, 8, 0), LocalDateTime.of(2026, 3, 2, 19, 30), 60)),
                List.of(), 0, null));

        List<StaffMember> register = List.of(new StaffMember("ana", Gender.FEMALE, LocalDate.of(1990, 4, 12),
                LocalDate.of(2020, 1, 6), null, BigDecimal.valueOf(35), null));
        HrIndicators hr = new HrIndicatorCalculator().compute(register,
                List.of(new Absence("ana", AbsenceKind.SICKNESS, LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 13))),
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
        // PERSONNEL-EXAMPLE-END

        assertThat(ik.amount().amount()).isEqualByComparingTo("5679.00");
        assertThat(ik.formula()).isEqualTo("12000 × 0.357 + 1395 = 5679.00");
        assertThat(claim.exempt().amount()).isEqualByComparingTo("64.20");
        assertThat(claim.reintegrated().amount()).isEqualByComparingTo("10.80");
        assertThat(planning.violations()).hasSize(1);
        assertThat(planning.violations().get(0).rule().name()).isEqualTo("MAX_DAILY_HOURS");
        assertThat(planning.violations().get(0).article()).isEqualTo("C. trav. L3121-18");
        // 5 days × 7 h = 35 h over 22 jours ouvrés × 7 h = 154 h: 22,727 % → 22,73
        assertThat(hr.absenteeism().rate()).isEqualByComparingTo("22.73");
    }

    @Test
    void the_readme_shows_exactly_this_example() throws IOException {
        String source = Files.readString(Path.of("src/test/java/fr/agora/embedding/PersonnelEmbeddingExampleTest.java"));
        String readme = Files.readString(Path.of("../README.md"));
        int from = source.indexOf("// PERSONNEL-EXAMPLE-START\n") + "// PERSONNEL-EXAMPLE-START\n".length();
        String example = source.substring(from, source.indexOf("        // PERSONNEL-EXAMPLE-END")).replaceAll("(?m)^ {8}", "");
        String section = readme.substring(readme.indexOf("## Embedding the domain jar"));
        section = section.substring(0, section.indexOf("\n## ", 1));

        assertThat(section).contains(example);
    }
}
