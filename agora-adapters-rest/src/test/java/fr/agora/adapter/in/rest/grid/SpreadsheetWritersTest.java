package fr.agora.adapter.in.rest.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

/** The exports read back with the libraries a school's tools would use: fastexcel's reader and Commons CSV. */
class SpreadsheetWritersTest {

    private static final ExportTable TABLE = new ExportTable("Évaluations", List.of("Nom", "Prénom", "Date", "Part (%)", "Commentaire"), List.of(
            Arrays.asList("Étienne", "Léa", LocalDate.of(2025, 11, 20), new BigDecimal("66.67"), "=HYPERLINK(\"http://x\")"),
            Arrays.asList("Durand", "Paul", null, new BigDecimal("0.00"), "-2 jours d'absence"),
            Arrays.asList("@risque", "+33", LocalDate.of(2026, 3, 9), 12, "ligne 1; \"citée\"")));

    @Test
    void the_csv_is_french_semicolons_a_bom_french_dates_and_an_optional_decimal_comma() throws Exception {
        byte[] csv = SpreadsheetWriters.csv(TABLE, true);
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF); // UTF-8 BOM
        List<CSVRecord> rows = read(csv);
        assertThat(rows.get(0).values()).containsExactly("Nom", "Prénom", "Date", "Part (%)", "Commentaire");
        assertThat(rows.get(1).values()).containsExactly("Étienne", "Léa", "20/11/2025", "66,67", "'=HYPERLINK(\"http://x\")");
        assertThat(rows.get(2).get(4)).isEqualTo("'-2 jours d'absence");
        assertThat(rows.get(2).get(2)).isEmpty();
        assertThat(rows.get(3).get(0)).isEqualTo("'@risque");
        assertThat(rows.get(3).get(1)).isEqualTo("'+33");
        assertThat(rows.get(3).get(3)).isEqualTo("12");
        assertThat(rows.get(3).get(4)).isEqualTo("ligne 1; \"citée\""); // quoted by the library, read back whole
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains(";");
        // without the option: a decimal point
        assertThat(read(SpreadsheetWriters.csv(TABLE, false)).get(1).get(3)).isEqualTo("66.67");
    }

    private static List<CSVRecord> read(byte[] csv) throws Exception {
        try (Reader r = new InputStreamReader(new ByteArrayInputStream(csv, 3, csv.length - 3), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setDelimiter(';').get().parse(r).getRecords();
        }
    }

    @Test
    void the_xlsx_keeps_numbers_and_dates_typed_and_neutralises_formula_text() throws Exception {
        byte[] xlsx = SpreadsheetWriters.xlsx(List.of(TABLE, new ExportTable("Couverture", List.of("Compétence"), List.of(List.of("2.2.4")))));
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Sheet> sheets = wb.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("Évaluations", "Couverture");
            List<Row> rows = new ArrayList<>(sheets.get(0).read());
            assertThat(rows.get(0).getCellText(1)).isEqualTo("Prénom");
            Row lea = rows.get(1);
            assertThat(lea.getCellText(0)).isEqualTo("Étienne");
            assertThat(lea.getCell(3).getType()).isEqualTo(CellType.NUMBER);
            assertThat(lea.getCellAsNumber(3)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("66.67"));
            assertThat(lea.getCellAsDate(2)).hasValueSatisfying(d -> assertThat(d.toLocalDate()).isEqualTo(LocalDate.of(2025, 11, 20)));
            assertThat(lea.getCell(4).getType()).isEqualTo(CellType.STRING);
            assertThat(lea.getCellText(4)).isEqualTo("'=HYPERLINK(\"http://x\")");
            assertThat(rows.get(3).getCellText(0)).isEqualTo("'@risque");
            assertThat(new ArrayList<>(sheets.get(1).read()).get(1).getCellText(0)).isEqualTo("2.2.4");
        }
    }

    @Test
    void the_grid_table_has_a_row_per_student_and_competency_with_each_periods_cell_as_printed() {
        ExportTable grid = ExportTables.grid(GridFixtures.cohort(2, 0, 1));
        assertThat(grid.rows()).hasSize(2 * 37);
        ExportTable lea = ExportTables.grid(fr.agora.domain.grid.CohortGrid.of("L", GridFixtures.COHORT, GridFixtures.LAYOUT,
                GridFixtures.COHORT.plannedPeriods(), List.of(GridFixtures.lea())));
        List<Object> tva = lea.rows().stream().filter(r -> r.get(3).equals("2.2.4")).findFirst().orElseThrow();
        int p3 = grid.headers().indexOf("P3");
        assertThat(tva.get(p3)).isEqualTo(GridPdfWriter.TICK + " 3");
        assertThat(tva.get(p3 - 1)).isEqualTo("");
        assertThat(tva.get(tva.size() - 1)).isEqualTo("2.2.4-G1 (P3)");
    }
}
