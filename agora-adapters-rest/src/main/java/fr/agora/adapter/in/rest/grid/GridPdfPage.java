package fr.agora.adapter.in.rest.grid;

import fr.agora.domain.school.PeriodCode;
import java.awt.Color;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The pages of one printed sheet (A4 landscape): a cursor that moves down, the grid's columns (competency, criterion,
 * one per period), and a new page — with the column headers repeated and the sheet's footer — whenever a row does
 * not fit. Geometry is public so that tests can find a cell on the rendered image.
 */
final class GridPdfPage implements AutoCloseable {

    static final PDRectangle SIZE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    static final float MARGIN = 30;
    static final float COMPETENCY_WIDTH = 262;
    static final float CRITERION_WIDTH = 300;
    static final float PERIOD_WIDTH = 36;
    private static final float TEXT = 7.5f;
    private static final float LEADING = 9.5f;
    private static final float PAD = 3;
    private static final Color ACTIVITY_FILL = new Color(0xDD, 0xDD, 0xDD);
    private static final Color COMPETENCY_FILL = new Color(0xF2, 0xF2, 0xF2);

    private final PDDocument doc;
    private final PDFont regular;
    private final PDFont bold;
    private final String footer;
    private final java.util.Map<String, List<String>> wrapped;
    private PDPageContentStream out;
    private float y;
    private int pageNumber;
    private List<PeriodCode> periods = List.of();

    /**
     * {@code wrapped} caches the wrapped lines of a label for the whole document: every sheet of a booklet prints the
     * same 37 competencies and their criteria, so each label is measured once, not once per student.
     */
    GridPdfPage(PDDocument doc, PDFont regular, PDFont bold, String footer, java.util.Map<String, List<String>> wrapped) throws IOException {
        this.doc = doc;
        this.regular = regular;
        this.bold = bold;
        this.wrapped = wrapped;
        this.footer = clean(footer);
        newPage();
    }

    private List<String> wrap(PDFont font, String text, float max) {
        String key = (font == bold ? "b" : "r") + max + '\u0000' + text;
        return wrapped.computeIfAbsent(key, k -> GridText.wrap(font, TEXT, clean(text), max));
    }

    /** The left edge of a period's column. */
    static float periodX(int index) {
        return MARGIN + COMPETENCY_WIDTH + CRITERION_WIDTH + index * PERIOD_WIDTH;
    }

    void title(String title, String subtitle) throws IOException {
        text(bold, 13, MARGIN, y - 13, clean(title));
        text(regular, 10, MARGIN, y - 28, clean(subtitle));
        y -= 38;
    }

    void headerLine(String label, String value) throws IOException {
        text(bold, 8, MARGIN, y - 8, clean(label));
        text(regular, 8, MARGIN + 22, y - 8, clean(value));
        y -= 11;
    }

    void legend(String text) throws IOException {
        y -= 3;
        for (String line : GridText.wrap(regular, 7, clean(text), SIZE.getWidth() - 2 * MARGIN)) {
            text(regular, 7, MARGIN, y - 7, line);
            y -= 9;
        }
        y -= 4;
    }

    /** Draws the column headers, and remembers them for the pages that follow. */
    void columnHeaders(List<PeriodCode> periods) throws IOException {
        this.periods = List.copyOf(periods);
        drawColumnHeaders();
    }

    private void drawColumnHeaders() throws IOException {
        float h = LEADING + 2 * PAD;
        box(MARGIN, y - h, COMPETENCY_WIDTH, h, ACTIVITY_FILL);
        box(MARGIN + COMPETENCY_WIDTH, y - h, CRITERION_WIDTH, h, ACTIVITY_FILL);
        text(bold, TEXT, MARGIN + PAD, y - PAD - TEXT, "Activités et compétences");
        text(bold, TEXT, MARGIN + COMPETENCY_WIDTH + PAD, y - PAD - TEXT, "Critères d'évaluation");
        for (int i = 0; i < periods.size(); i++) {
            box(periodX(i), y - h, PERIOD_WIDTH, h, ACTIVITY_FILL);
            centred(bold, periodX(i), y - PAD - TEXT, periods.get(i).name());
        }
        y -= h;
    }

    void activityRow(String label) throws IOException {
        List<String> lines = wrap(bold, label, tableWidth() - 2 * PAD);
        float h = lines.size() * LEADING + 2 * PAD;
        ensure(h + 3 * (LEADING + 2 * PAD));
        box(MARGIN, y - h, tableWidth(), h, ACTIVITY_FILL);
        lines(bold, MARGIN + PAD, lines);
        y -= h;
    }

    /** Starts a new page now if the next {@code rows} rows (of one line) would not fit. */
    void keepTogether(int rows) throws IOException {
        ensure(rows * (2 * LEADING + 2 * PAD));
    }

    void competencyRow(String label, String[] cells) throws IOException {
        row(bold, label, COMPETENCY_WIDTH, MARGIN, cells, COMPETENCY_FILL);
    }

    void criterionRow(String text, String[] cells) throws IOException {
        row(regular, "– " + text, CRITERION_WIDTH, MARGIN + COMPETENCY_WIDTH, cells, null);
    }

    private void row(PDFont font, String label, float labelWidth, float labelX, String[] cells, Color fill) throws IOException {
        List<String> lines = wrap(font, label, labelWidth - 2 * PAD);
        float h = lines.size() * LEADING + 2 * PAD;
        ensure(h);
        box(MARGIN, y - h, COMPETENCY_WIDTH, h, fill);
        box(MARGIN + COMPETENCY_WIDTH, y - h, CRITERION_WIDTH, h, fill);
        lines(font, labelX + PAD, lines);
        for (int i = 0; i < cells.length; i++) {
            box(periodX(i), y - h, PERIOD_WIDTH, h, fill);
            if (!cells[i].isEmpty()) centred(bold, periodX(i), y - PAD - TEXT, clean(cells[i]));
        }
        y -= h;
    }

    private void lines(PDFont font, float x, List<String> lines) throws IOException {
        float baseline = y - PAD - TEXT;
        for (String l : lines) {
            text(font, TEXT, x, baseline, l);
            baseline -= LEADING;
        }
    }

    private float tableWidth() {
        return COMPETENCY_WIDTH + CRITERION_WIDTH + periods.size() * PERIOD_WIDTH;
    }

    private void ensure(float height) throws IOException {
        if (y - height >= MARGIN + 14) return;
        newPage();
        if (!periods.isEmpty()) drawColumnHeaders();
    }

    private void newPage() throws IOException {
        if (out != null) out.close();
        PDPage page = new PDPage(SIZE);
        doc.addPage(page);
        out = new PDPageContentStream(doc, page);
        out.setLineWidth(0.4f);
        pageNumber++;
        text(regular, 7, MARGIN, MARGIN - 12, footer + " · page " + pageNumber);
        y = SIZE.getHeight() - MARGIN;
    }

    private void box(float x, float bottom, float w, float h, Color fill) throws IOException {
        if (fill != null) {
            out.setNonStrokingColor(fill);
            out.addRect(x, bottom, w, h);
            out.fill();
            out.setNonStrokingColor(Color.BLACK);
        }
        out.addRect(x, bottom, w, h);
        out.stroke();
    }

    private void centred(PDFont font, float columnX, float baseline, String s) throws IOException {
        text(font, TEXT, columnX + (PERIOD_WIDTH - GridText.width(font, TEXT, s)) / 2, baseline, s);
    }

    private void text(PDFont font, float size, float x, float baseline, String s) throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, baseline);
        out.showText(s);
        out.endText();
    }

    private static final java.util.regex.Pattern CONTROL = java.util.regex.Pattern.compile("\\p{Cntrl}");

    /**
     * What the embedded fonts can print: control characters (tabs, line breaks from the seeds) become spaces, and a
     * character DejaVu has no glyph for (an emoji in a name typed by a user) becomes "?" instead of failing the print.
     */
    private String clean(String s) {
        if (s == null) return "";
        String t = CONTROL.matcher(s).replaceAll(" ");
        if (printable(t)) return t;
        StringBuilder sb = new StringBuilder(t.length());
        t.codePoints().forEach(cp -> {
            String one = new String(Character.toChars(cp));
            sb.append(printable(one) ? one : "?");
        });
        return sb.toString();
    }

    private boolean printable(String s) {
        try {
            regular.encode(s);
            bold.encode(s);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
