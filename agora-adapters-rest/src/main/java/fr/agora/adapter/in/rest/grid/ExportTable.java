package fr.agora.adapter.in.rest.grid;

import java.util.List;

/**
 * One table of a spreadsheet export: a name (the XLSX sheet, the CSV file), its column headers and its rows, each
 * value a {@code String}, a {@code Number} or a {@code LocalDate} (or {@code null} for an empty cell), so that the
 * XLSX keeps numbers and dates typed and the CSV writes them the French way.
 */
public record ExportTable(String name, List<String> headers, List<List<Object>> rows) {

    public ExportTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /**
     * A text cell a spreadsheet would take for a formula ({@code =}, {@code +}, {@code -}, {@code @}, and the tab or
     * carriage return some read the same way) gets a leading apostrophe: it is shown as text, never evaluated
     * (OWASP "CSV injection").
     */
    public static String neutralise(String s) {
        if (s == null || s.isEmpty()) return s;
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
    }
}
