package fr.agora.adapter.in.rest.school.csv;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.domain.school.StudentRoster;
import fr.agora.domain.shared.InvalidFileException.LineError;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SIECLE extract as the import reads it: the file's shape here, then the students' checks of {@link StudentRoster}. */
class SiecleCsvReaderTest {

    /** What the import does: the shape errors and the students' errors together, in line order. */
    private static StudentRoster.Result parse(String csv) {
        SiecleCsvReader.Read read = SiecleCsvReader.read(csv);
        StudentRoster.Result checked = StudentRoster.check(read.lines());
        List<LineError> errors = new ArrayList<>(read.errors());
        errors.addAll(checked.errors());
        errors.sort(Comparator.comparingInt(LineError::line));
        return new StudentRoster.Result(checked.rows(), errors);
    }

    @Test
    void parses_a_siecle_shaped_extract_in_any_column_order() {
        String csv = "\uFEFFNom;Prénom;INE;Division\r\nDUPONT;Léa;123456789AB;2NDE AGORA 1\r\nMARTIN;Noé;1234567890a;2NDE AGORA 1\r\n\r\n";
        StudentRoster.Result r = parse(csv);
        assertThat(r.ok()).isTrue();
        assertThat(r.rows()).extracting(StudentRoster.Row::lastName).containsExactly("DUPONT", "MARTIN");
        assertThat(r.rows().get(1).ine().value()).isEqualTo("1234567890A");
        assertThat(r.rows().get(0).line()).isEqualTo(2);
    }

    @Test
    void reports_every_bad_line() {
        String csv = "INE,NOM,PRENOM,DIVISION\n123456789AB,DUPONT,Léa,2A\nBAD,MARTIN,Noé,2A\n123456789AB,DURAND,Eva,2A\n12345678901,,X,2A\nshort\n";
        StudentRoster.Result r = parse(csv);
        assertThat(r.ok()).isFalse();
        assertThat(r.errors()).extracting(LineError::line).containsExactly(3, 4, 5, 6);
        assertThat(r.errors()).extracting(LineError::field).containsExactly("ine", "ine", "ine", "line");
    }

    @Test
    void a_missing_column_is_a_header_error() {
        StudentRoster.Result r = parse("INE;NOM;DIVISION\n123456789AB;X;Y\n");
        assertThat(r.errors()).singleElement().extracting(LineError::field).isEqualTo("header");
        assertThat(parse("").ok()).isFalse();
    }

    @Test
    void a_quoted_field_keeps_its_separator_and_its_quotes_rfc_4180() {
        // the hand-written split made "Dupont; Jr" two columns; RFC 4180 quoting makes it one name
        SiecleCsvReader.Read r = SiecleCsvReader.read("NOM;PRENOM;INE;DIVISION\n\"Dupont; Jr\";\"Jean\";123456789AB;2A\n"
                + "\"O\"\"Neil\";Ann;1234567890C;\"2A\"\n");
        assertThat(r.errors()).isEmpty();
        assertThat(r.lines()).extracting(StudentRoster.Line::lastName).containsExactly("Dupont; Jr", "O\"Neil");
        assertThat(r.lines()).extracting(StudentRoster.Line::firstName).containsExactly("Jean", "Ann");
        assertThat(r.lines()).extracting(StudentRoster.Line::line).containsExactly(2, 3);
    }

    @Test
    void a_quoted_field_spanning_two_lines_keeps_the_line_numbers_of_the_following_records() {
        SiecleCsvReader.Read r = SiecleCsvReader.read("NOM;PRENOM;INE;DIVISION\n\"DU\nPONT\";Léa;123456789AB;2A\n\nMARTIN;Noé;1234567890C;2A\n");
        assertThat(r.lines()).extracting(StudentRoster.Line::line).containsExactly(2, 5);
        assertThat(r.lines().get(0).lastName()).isEqualTo("DU\nPONT");
    }
}
