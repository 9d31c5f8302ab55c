package fr.agora.adapter.in.rest.http;

import fr.agora.domain.shared.InvalidFileException;
import fr.agora.domain.shared.InvalidFileException.LineError;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.http.MediaType;

/**
 * Reads an uploaded CSV file with Apache Commons CSV (RFC 4180 quoting: {@code "Dupont; Jr"} is one field, a doubled
 * quote is a quote, a quoted field may span lines). The separator is {@code ;} when the header line holds one, else
 * {@code ,}; a UTF-8 BOM is dropped; blank lines are skipped. Each record keeps the number of the line it starts on
 * (the header is line 1), for the import reports.
 */
public final class CsvFiles {

    /** One record: the line it starts on and its fields. */
    public record Record(int line, List<String> fields) {
        public Record {
            fields = List.copyOf(fields);
        }
    }

    private CsvFiles() {
    }

    /** The records of {@code text}, the header first; a malformed file (an unclosed quote) is a 400 {@code invalid-csv}. */
    public static List<Record> read(String text) {
        String body = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
        int firstBreak = body.indexOf('\n');
        String headerLine = firstBreak < 0 ? body : body.substring(0, firstBreak);
        char separator = headerLine.contains(";") ? ';' : ',';
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).setIgnoreEmptyLines(true).get();
        int[] lineStarts = lineStarts(body);
        List<Record> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(body), format)) {
            for (CSVRecord r : parser) {
                List<String> fields = r.toList();
                if (fields.size() == 1 && fields.get(0).isBlank()) continue; // a line of spaces only
                records.add(new Record(lineOf(body, lineStarts, r.getCharacterPosition()), fields));
            }
        } catch (IOException | UncheckedIOException e) {
            throw new InvalidFileException(List.of(new LineError(records.isEmpty() ? 1 : records.get(records.size() - 1).line() + 1,
                    "file", "malformed CSV: " + rootMessage(e))));
        }
        return records;
    }

    /**
     * The text of an uploaded file: UTF-8 (with or without BOM) unless {@code Content-Type} declares
     * {@code charset=windows-1252} (or ISO-8859-1, read as its Windows superset, as browsers do), e.g. a spreadsheet's
     * "CSV" export. Bytes that are not valid in that encoding are a 400 naming the line, never U+FFFD stored in a name.
     */
    public static String decode(byte[] bytes, String contentType) {
        Charset declared = null;
        if (contentType != null && !contentType.isBlank()) {
            try {
                declared = MediaType.parseMediaType(contentType).getCharset();
            } catch (IllegalArgumentException e) { // InvalidMediaTypeException, UnsupportedCharsetException
                throw new InvalidFileException(List.of(new LineError(1, "file", "unknown charset in Content-Type: " + contentType)));
            }
        }
        Charset charset = StandardCharsets.UTF_8;
        if (declared != null && (declared.name().equalsIgnoreCase("windows-1252") || declared.equals(StandardCharsets.ISO_8859_1))) {
            charset = Charset.forName("windows-1252");
        } else if (declared != null && !declared.equals(StandardCharsets.UTF_8) && !declared.equals(StandardCharsets.US_ASCII)) {
            throw new InvalidFileException(List.of(new LineError(1, "file", "charset " + declared.name()
                    + " is not accepted: send UTF-8 (with or without BOM) or declare charset=windows-1252")));
        }
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) if (bytes[i] == '\n') line++;
            throw new InvalidFileException(List.of(new LineError(line, "file", "line " + line + " is not valid " + charset.name()
                    + (charset.equals(StandardCharsets.UTF_8) ? "; a Windows-1252 file (a spreadsheet's CSV) must be sent with "
                    + "Content-Type: text/csv; charset=windows-1252" : ""))));
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    /** The parser's own words (e.g. an unclosed quote), without the exception class names that wrap them. */
    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String m = root.getMessage();
        return m == null ? "unreadable" : m.replaceAll("([a-z]+\\.)+[A-Z][A-Za-z]*(Exception|Error):?\\s*", "");
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) starts.add(i + 1);
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The 1-based line of a record's position; a record's position may be that of the empty lines skipped before it. */
    private static int lineOf(String text, int[] lineStarts, long position) {
        int i = Arrays.binarySearch(lineStarts, (int) position);
        int line = i >= 0 ? i : -i - 2;
        while (line + 1 < lineStarts.length && isEmptyLine(text, lineStarts[line], lineStarts[line + 1])) line++;
        return line + 1;
    }

    private static boolean isEmptyLine(String text, int start, int next) {
        return text.substring(start, next).isBlank();
    }
}
