package fr.agora.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.domain.depreciation.DepreciationCalculator;
import fr.agora.domain.depreciation.DepreciationMethod;
import fr.agora.domain.depreciation.DepreciationRequest;
import fr.agora.domain.depreciation.DepreciationSchedule;
import fr.agora.domain.shared.Money;
import fr.agora.domain.stock.StockLedger;
import fr.agora.domain.stock.StockLedgerCalculator;
import fr.agora.domain.stock.StockLedgerRequest;
import fr.agora.domain.stock.StockMovement;
import fr.agora.domain.stock.StockOpening;
import fr.agora.domain.stock.ValuationMethod;
import fr.agora.domain.treasury.CashBudget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's finance example ("Embedding the domain jar"), compiled and run from outside the domain packages; the
 * second test fails if the README's block and this method drift apart.
 */
class FinanceEmbeddingExampleTest {

    @Test
    void readme_finance_example() {
        // FINANCE-EXAMPLE-START
        StockLedger fiche = new StockLedgerCalculator().compute(StockLedgerRequest.of(ValuationMethod.CMUP_PER_RECEIPT,
                StockOpening.of("100", "10"), List.of(StockMovement.out(LocalDate.of(2026, 2, 5), "50"),
                        StockMovement.in(LocalDate.of(2026, 2, 13), "150", "12"))));

        DepreciationSchedule plan = new DepreciationCalculator().compute(DepreciationRequest.of(
                DepreciationMethod.DECLINING_BALANCE, "10000", 5, LocalDate.of(2026, 4, 15)));

        CashBudget.Result budget = CashBudget.compute(Money.of("5000"), List.of(
                CashBudget.Month.of("Janvier", "12000", "15000"), CashBudget.Month.of("Février", "8000", "14500")));
        // FINANCE-EXAMPLE-END

        // 50 left at 10 (500) + 150 × 12 (1 800) = 2 300 for 200: CMUP 11.50
        assertThat(fiche.closing().value().toString()).isEqualTo("2300.00");
        assertThat(fiche.closing().averageCost()).isEqualByComparingTo("11.50");
        // 10 000 × 1.75/5 = 35 % × 9/12 = 2 625
        assertThat(plan.years().get(0).annuity().toString()).isEqualTo("2625.00");
        // 5 000 − 3 000 = 2 000; 2 000 − 6 500 = −4 500
        assertThat(budget.financingNeed().toString()).isEqualTo("4500.00");
        assertThat(budget.firstNegativeMonth()).isEqualTo("Février");
    }

    @Test
    void the_readme_shows_exactly_this_example() throws IOException {
        String source = Files.readString(Path.of("src/test/java/fr/agora/embedding/FinanceEmbeddingExampleTest.java"));
        String readme = Files.readString(Path.of("../README.md"));
        int from = source.indexOf("// FINANCE-EXAMPLE-START\n") + "// FINANCE-EXAMPLE-START\n".length();
        String example = source.substring(from, source.indexOf("        // FINANCE-EXAMPLE-END", from))
                .replaceAll("(?m)^ {8}", "");
        String section = readme.substring(readme.indexOf("## Embedding the domain jar"));
        section = section.substring(0, section.indexOf("\n## ", 5));

        assertThat(section).contains("```java\n" + example + "```");
    }
}
