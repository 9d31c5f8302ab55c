package fr.agora.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.domain.invoice.InvoiceCalculator;
import fr.agora.domain.invoice.InvoiceComputation;
import fr.agora.domain.invoice.InvoiceLine;
import fr.agora.domain.invoice.InvoiceRequest;
import fr.agora.domain.referentiel.Competency;
import fr.agora.domain.referentiel.ExamUnit;
import fr.agora.domain.referentiel.Referentiel;
import fr.agora.domain.referentiel.Referentiels;
import fr.agora.domain.tva.VatRateTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's "Embedding the domain jar" example, compiled and run here (from a package outside the domain, so it
 * uses the public API only). The second test fails if the README's code block and this method drift apart.
 */
class EmbeddingExampleTest {

    @Test
    void readme_example() {
        // README-EXAMPLE-START
        Referentiel referentiel = Referentiels.agora2020();
        Competency tva = referentiel.requireCompetency("2.2.4");
        ExamUnit u2 = referentiel.examUnit("U2");

        InvoiceCalculator invoices = new InvoiceCalculator(VatRateTable.FRANCE);
        InvoiceComputation invoice = invoices.compute(InvoiceRequest.of(LocalDate.of(2026, 3, 2),
                List.of(new InvoiceLine("Ramette A4", "3", "19.99", "20"))));
        // README-EXAMPLE-END

        assertThat(tva.label()).isEqualTo("Déterminer les éléments nécessaires à l'élaboration de la déclaration de TVA");
        assertThat(u2.certifiedBloc()).isEqualTo(2);
        // 3 × 19.99 = 59.97; TVA 59.97 × 20 % = 11.994 → 11.99 (half-up at the cent); TTC 71.96
        assertThat(invoice.totalExclVat().amount()).isEqualByComparingTo("59.97");
        assertThat(invoice.totalVat().amount()).isEqualByComparingTo("11.99");
        assertThat(invoice.totalInclVat().amount()).isEqualByComparingTo("71.96");
    }

    @Test
    void the_readme_shows_exactly_this_example() throws IOException {
        String source = Files.readString(Path.of("src/test/java/fr/agora/embedding/EmbeddingExampleTest.java"));
        String readme = Files.readString(Path.of("../README.md"));
        String example = between(source, "// README-EXAMPLE-START\n", "        // README-EXAMPLE-END")
                .replaceAll("(?m)^ {8}", "");
        String section = readme.substring(readme.indexOf("## Embedding the domain jar"));
        String block = between(section, "```java\n", "```");

        assertThat(block).contains(example);
    }

    private static String between(String s, String start, String end) {
        int from = s.indexOf(start) + start.length();
        return s.substring(from, s.indexOf(end, from));
    }
}
