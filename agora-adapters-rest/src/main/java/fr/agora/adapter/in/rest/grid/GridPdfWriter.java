package fr.agora.adapter.in.rest.grid;

import fr.agora.adapter.in.rest.pdf.PdfFonts;
import fr.agora.domain.grid.CohortGrid;
import fr.agora.domain.grid.GridCell;
import fr.agora.domain.grid.GridLayout;
import fr.agora.domain.grid.GridSheet;
import fr.agora.domain.school.PeriodCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Prints PFMP grids with Apache PDFBox: one sheet per student as seed 003 lays it out (header: school, cohort,
 * student, each period's dates, placement and tutor; then activities → competencies → criteria × P1…P6), and a
 * cohort's booklet as one document, every sheet starting on a new page. DejaVu Sans Condensed ({@link PdfFonts}, Bitstream Vera
 * licence) is embedded as a subset, so accents and ✓ print the same everywhere.
 *
 * <p>A competency row's cell says "✓" when the competency was mis en œuvre in the period, followed by the level when
 * it was assessed ("✓ 3"); a criterion row's cell says "✓" when the criterion was observed in that period.
 */
public final class GridPdfWriter {

    /** The mark of a cell mis en œuvre (U+2713). */
    public static final String TICK = "\u2713";

    private GridPdfWriter() {
    }

    /** One student's sheet. */
    public static byte[] sheet(GridSheet sheet) {
        return write(List.of(sheet), "Grille de suivi PFMP — " + sheet.student().lastName() + " " + sheet.student().firstName());
    }

    /** The cohort's booklet: every sheet, in the register's order. */
    public static byte[] booklet(CohortGrid grid) {
        return write(grid.sheets(), "Livret des grilles de suivi PFMP — " + grid.cohort().name());
    }

    private static byte[] write(List<GridSheet> sheets, String title) {
        try (PDDocument doc = new PDDocument()) {
            PDFont regular = PdfFonts.regular(doc);
            PDFont bold = PdfFonts.bold(doc);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(title);
            info.setCreator("AGOrA");
            java.util.Map<String, List<String>> wrapped = new java.util.HashMap<>();
            for (GridSheet s : sheets) {
                try (GridPdfPage page = new GridPdfPage(doc, regular, bold, footer(s), wrapped)) {
                    printSheet(page, s);
                }
            }
            if (sheets.isEmpty()) {
                try (GridPdfPage page = new GridPdfPage(doc, regular, bold, title, wrapped)) {
                    page.title(title, "Aucun élève dans cette division.");
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String footer(GridSheet s) {
        return s.schoolName() + " · " + s.cohort().name() + " · " + s.student().lastName() + " " + s.student().firstName();
    }

    private static void printSheet(GridPdfPage page, GridSheet s) throws IOException {
        page.title("Grille de suivi des compétences mises en œuvre en PFMP",
                s.schoolName() + " — " + s.cohort().name() + " — Élève : " + s.student().lastName() + " " + s.student().firstName());
        List<PeriodCode> periods = s.grid().periods();
        for (PeriodCode p : periods) {
            String dates = s.period(p).map(d -> GridText.date(d.start()) + " – " + GridText.date(d.end())).orElse("dates non renseignées");
            String where = s.placement(p).map(pl -> pl.organisation() + " · tuteur : " + pl.tutorName()).orElse("pas de lieu de PFMP enregistré");
            page.headerLine(p.name(), dates + " · " + where);
        }
        page.legend("Compétence : " + TICK + " mise en œuvre pendant la période, suivi du niveau atteint quand elle a été évaluée. "
                + "Critère : " + TICK + " observé pendant la période.");
        page.columnHeaders(periods);
        for (GridLayout.GridActivity a : s.layout().activities()) {
            page.activityRow(a.code() + " " + a.title());
            for (GridLayout.GridCompetency c : a.competencies()) {
                page.keepTogether(1 + Math.min(2, c.criteria().size()));
                String[] cells = new String[periods.size()];
                for (int i = 0; i < periods.size(); i++) cells[i] = competencyCell(s.grid().cell(c.code(), periods.get(i)));
                page.competencyRow(c.code() + " " + c.label(), cells);
                for (GridLayout.GridCriterion k : c.criteria()) {
                    List<PeriodCode> met = s.grid().periodsOfCriterion(c.code(), k.id());
                    String[] ticks = new String[periods.size()];
                    for (int i = 0; i < periods.size(); i++) ticks[i] = met.contains(periods.get(i)) ? TICK : "";
                    page.criterionRow(k.text(), ticks);
                }
            }
        }
    }

    private static String competencyCell(GridCell cell) {
        if (!cell.misEnOeuvre()) return "";
        return cell.assessed() ? TICK + " " + cell.levelCode() : TICK;
    }
}
