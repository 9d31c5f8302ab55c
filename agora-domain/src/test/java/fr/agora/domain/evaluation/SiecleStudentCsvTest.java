package fr.agora.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SiecleStudentCsvTest {

    @Test
    void parses_a_siecle_shaped_extract_in_any_column_order() {
        String csv = "\uFEFFNom;Prénom;INE;Division\r\nDUPONT;Léa;123456789AB;2NDE AGORA 1\r\nMARTIN;Noé;1234567890a;2NDE AGORA 1\r\n\r\n";
        SiecleStudentCsv.Result r = SiecleStudentCsv.parse(csv);
        assertThat(r.ok()).isTrue();
        assertThat(r.rows()).extracting(SiecleStudentCsv.Row::lastName).containsExactly("DUPONT", "MARTIN");
        assertThat(r.rows().get(1).ine().value()).isEqualTo("1234567890A");
        assertThat(r.rows().get(0).line()).isEqualTo(2);
    }

    @Test
    void reports_every_bad_line() {
        String csv = "INE,NOM,PRENOM,DIVISION\n123456789AB,DUPONT,Léa,2A\nBAD,MARTIN,Noé,2A\n123456789AB,DURAND,Eva,2A\n12345678901,,X,2A\nshort\n";
        SiecleStudentCsv.Result r = SiecleStudentCsv.parse(csv);
        assertThat(r.ok()).isFalse();
        assertThat(r.errors()).extracting(SiecleStudentCsv.LineError::line).containsExactly(3, 4, 5, 6);
        assertThat(r.errors()).extracting(SiecleStudentCsv.LineError::field).containsExactly("ine", "ine", "ine", "line");
    }

    @Test
    void a_missing_column_is_a_header_error() {
        SiecleStudentCsv.Result r = SiecleStudentCsv.parse("INE;NOM;DIVISION\n123456789AB;X;Y\n");
        assertThat(r.errors()).singleElement().extracting(SiecleStudentCsv.LineError::field).isEqualTo("header");
        assertThat(SiecleStudentCsv.parse("").ok()).isFalse();
    }
}
