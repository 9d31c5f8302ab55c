package fr.agora.adapter.in.rest.grid;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes {@link ExportTable}s with kept libraries: XLSX with fastexcel (numbers and dates typed, one sheet per table,
 * header row bold and frozen), CSV with Apache Commons CSV in the French convention — {@code ;} between fields, a UTF-8
 * byte-order mark so that Excel reads the accents, dates as dd/MM/yyyy, and on request a decimal comma. Text cells are
 * {@linkplain ExportTable#neutralise neutralised} in both.
 */
public final class SpreadsheetWriters {

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final CSVFormat FRENCH_CSV = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get();

    private SpreadsheetWriters() {
    }

    public static byte[] xlsx(List<ExportTable> tables) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            Workbook wb = new Workbook(out, "AGOrA", "1.0");
            for (ExportTable t : tables) sheet(wb.newWorksheet(t.name()), t);
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void sheet(Worksheet ws, ExportTable t) {
        for (int c = 0; c < t.headers().size(); c++) ws.value(0, c, t.headers().get(c));
        ws.range(0, 0, 0, t.headers().size() - 1).style().bold().set();
        ws.freezePane(0, 1);
        int r = 1;
        for (List<Object> row : t.rows()) {
            for (int c = 0; c < row.size(); c++) {
                Object v = row.get(c);
                if (v instanceof Number n) {
                    ws.value(r, c, n);
                } else if (v instanceof LocalDate d) {
                    ws.value(r, c, d);
                    ws.style(r, c).format("dd/mm/yyyy").set();
                } else if (v != null) {
                    ws.value(r, c, ExportTable.neutralise(v.toString()));
                }
            }
            r++;
        }
    }

    public static byte[] csv(ExportTable t, boolean decimalComma) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8); CSVPrinter p = new CSVPrinter(w, FRENCH_CSV)) {
            w.write('\uFEFF');
            p.printRecord(t.headers());
            List<String> fields = new ArrayList<>();
            for (List<Object> row : t.rows()) {
                fields.clear();
                for (Object v : row) fields.add(csvField(v, decimalComma));
                p.printRecord(fields);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String csvField(Object v, boolean decimalComma) {
        if (v == null) return "";
        if (v instanceof BigDecimal d) return decimalComma ? d.toPlainString().replace('.', ',') : d.toPlainString();
        if (v instanceof Number n) return n.toString();
        if (v instanceof LocalDate d) return d.format(FRENCH_DATE);
        return ExportTable.neutralise(v.toString());
    }
}
