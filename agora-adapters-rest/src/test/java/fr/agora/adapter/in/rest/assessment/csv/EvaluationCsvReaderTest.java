package fr.agora.adapter.in.rest.assessment.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.application.port.in.assessment.ImportEvaluationsCsvUseCase.Line;
import fr.agora.domain.shared.DomainException;
import fr.agora.domain.shared.InvalidFileException;
import fr.agora.domain.shared.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluationCsvReaderTest {

    private static final String HEADER =
            "student_id;competency;criterion;period;date;level;evaluator_id;evaluator_role;complexity_factors;aleas;comment;evidence_link\n";

    @Test
    void reads_each_line_with_its_number_lists_split_on_pipes_and_blanks_as_absent() {
        List<Line> lines = EvaluationCsvReader.read(HEADER
                + "alice;1.1.1;1.1.1-a;P1;2025-01-10;3;martin@mairie.fr;TUTEUR;CF1|CF2;AL1;\"ok; fine\";\n"
                + "\n"
                + "bob;2.1.1;;P1;2025-01-11;2;prof@lycee-a.fr;ENSEIGNANT;;;;\n");
        assertThat(lines).extracting(Line::line).containsExactly(2, 4);
        assertThat(lines.get(0).input().complexityFactors()).containsExactly("CF1", "CF2");
        assertThat(lines.get(0).input().comment()).isEqualTo("ok; fine");
        assertThat(lines.get(1).input().criterion()).isNull();
    }

    @Test
    void a_file_without_the_required_columns_or_with_short_lines_is_refused_line_by_line() {
        assertThatThrownBy(() -> EvaluationCsvReader.read("a;b\n1;2\n")).isInstanceOf(InvalidFileException.class);
        assertThatThrownBy(() -> EvaluationCsvReader.read(HEADER + "alice;1.1.1\n"))
                .isInstanceOf(InvalidFileException.class)
                .satisfies(e -> assertThat(((DomainException) e).details().get("errors").toString()).contains("line=2", "field=line"));
        assertThatThrownBy(() -> EvaluationCsvReader.read(" ")).isInstanceOf(InvalidInputException.class);
    }
}
