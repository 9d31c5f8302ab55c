package fr.agora.adapter.in.rest.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The one font family of every PDF the API prints (the PFMP grid, the attestation de PFMP): DejaVu Sans Condensed and
 * its bold, copied from Debian's {@code fonts-dejavu-core} 2.37 into {@code /fonts/} with their licence
 * ({@code fonts/LICENSE-DejaVu.txt}: Bitstream Vera licence, DejaVu changes public domain). Condensed, because the
 * grid's six period columns need the width; read from the jar once, embedded in each document as a subset, so
 * accents, œ and ✓ print the same on every reader.
 */
public final class PdfFonts {

    private static final byte[] REGULAR = read("DejaVuSansCondensed.ttf");
    private static final byte[] BOLD = read("DejaVuSansCondensed-Bold.ttf");

    private PdfFonts() {
    }

    public static PDFont regular(PDDocument doc) throws IOException {
        return PDType0Font.load(doc, new ByteArrayInputStream(REGULAR), true);
    }

    public static PDFont bold(PDDocument doc) throws IOException {
        return PDType0Font.load(doc, new ByteArrayInputStream(BOLD), true);
    }

    private static byte[] read(String name) {
        try (InputStream in = PdfFonts.class.getResourceAsStream("/fonts/" + name)) {
            if (in == null) throw new IllegalStateException("font " + name + " is missing from the jar");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
