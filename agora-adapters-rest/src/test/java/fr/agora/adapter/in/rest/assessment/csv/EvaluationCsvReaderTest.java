package fr.agora.adapter.in.rest.assessment.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.application.port.in.assessment.ImportEvaluationsCsvUseCase.Line;
import fr.agora.domain.shared.DomainException;
import fr.agora.domain.shared.InvalidFileException;
import fr.agora.domain.shared.InvalidInputException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluationCsvReaderTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private static final String HEADER =
            "student_id;competency;criterion;period;date;level;evaluator_id;evaluator_role;complexity_factors;aleas;comment;evidence_link\n";

    @Test
    void reads_each_line_with_its_number_lists_split_on_pipes_and_blanks_as_absent() {
        List<Line> lines = EvaluationCsvReader.read(HEADER
                + "alice;1.1.1;1.1.1-a;P1;2025-01-10;3;martin@mairie.fr;TUTEUR;CF1|CF2;AL1;\"ok; fine\";\n"
                + "\n"
                + "bob;2.1.1;;P1;2025-01-11;2;prof@lycee-a.fr;ENSEIGNANT;;;;\n", VALIDATOR);
        assertThat(lines).extracting(Line::line).containsExactly(2, 4);
        assertThat(lines.get(0).input().complexityFactors()).containsExactly("CF1", "CF2");
        assertThat(lines.get(0).input().comment()).isEqualTo("ok; fine");
        assertThat(lines.get(1).input().criterion()).isNull();
    }

    @Test
    void a_file_without_the_required_columns_or_with_short_lines_is_refused_line_by_line() {
        assertThatThrownBy(() -> EvaluationCsvReader.read("a;b\n1;2\n", VALIDATOR)).isInstanceOf(InvalidFileException.class);
        assertThatThrownBy(() -> EvaluationCsvReader.read(HEADER + "alice;1.1.1\n", VALIDATOR))
                .isInstanceOf(InvalidFileException.class)
                .satisfies(e -> assertThat(((DomainException) e).details().get("errors").toString()).contains("line=2", "field=line"));
        assertThatThrownBy(() -> EvaluationCsvReader.read(" ", VALIDATOR)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void every_cell_is_bounded_like_its_json_field_and_refused_with_its_line() {
        String ok = "alice;1.1.1;;P1;2025-01-10;3;prof@lycee-a.fr;ENSEIGNANT;;;fine;\n";
        String longComment = "alice;1.1.1;;P1;2025-01-10;3;prof@lycee-a.fr;ENSEIGNANT;;;" + "c".repeat(2001) + ";\n";
        String longEvaluator = "alice;1.1.1;;P1;2025-01-10;3;" + "e".repeat(255) + ";ENSEIGNANT;;;;\n";
        String tooManyFactors = "alice;1.1.1;;P1;2025-01-10;3;x;ENSEIGNANT;" + "CF|".repeat(11) + ";;;\n";
        String longStudent = "s".repeat(65) + ";1.1.1;;P1;2025-01-10;3;x;ENSEIGNANT;;;;" + "h".repeat(1001) + "\n";
        assertThatThrownBy(() -> EvaluationCsvReader.read(HEADER + ok + longComment + ok + longEvaluator + tooManyFactors + longStudent, VALIDATOR))
                .isInstanceOf(InvalidFileException.class)
                .satisfies(e -> {
                    assertThat(((DomainException) e).field()).isEqualTo("line 3: comment");
                    @SuppressWarnings("unchecked")
                    List<InvalidFileException.LineError> errors = (List<InvalidFileException.LineError>) ((DomainException) e).details().get("errors");
                    assertThat(errors).extracting(er -> er.line() + ": " + er.field()).containsExactly("3: comment", "5: evaluator_id",
                            "6: complexity_factors", "7: evidence_link", "7: student_id");
                });
        // exactly at the bounds: accepted
        String atBounds = "s".repeat(64) + ";1.1.1;;P1;2025-01-10;3;" + "e".repeat(254) + ";ENSEIGNANT;" + "CF|".repeat(10) + ";;"
                + "c".repeat(2000) + ";" + "h".repeat(1000) + "\n";
        assertThat(EvaluationCsvReader.read(HEADER + atBounds, VALIDATOR)).singleElement()
                .satisfies(l -> assertThat(l.input().comment()).hasSize(2000));
    }
}
