package fr.agora.adapter.in.rest.pfmp;

import fr.agora.adapter.in.rest.pdf.PdfFonts;
import fr.agora.domain.pfmp.PfmpAttestation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The attestation de PFMP the school prints for signature, drawn with Apache PDFBox on one A4 page: DejaVu Sans
 * Condensed ({@link PdfFonts}, the grid's font) embedded as a subset so that accents print everywhere; a table of the periods (dates, host organisation, tutor, year,
 * days planned, absences, days and weeks done), the total against the weeks the exam requires with its source, and
 * the signature blocks.
 */
public final class AttestationPdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final float MARGIN = 40;
    private static final float[] COLUMNS = {40, 62, 122, 182, 312, 402, 462, 492, 522};
    private static final String[] HEADERS = {"Pér.", "Début", "Fin", "Organisme d'accueil", "Tuteur", "Année", "Prévus", "Abs.", "Faits"};

    private AttestationPdf() {
    }

    public static byte[] render(PfmpAttestation a, String uai) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFont regular = PdfFonts.regular(doc);
            PDFont bold = PdfFonts.bold(doc);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle("Attestation de PFMP — " + a.student().lastName() + " " + a.student().firstName());
            info.setCreator("AGOrA");
            try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
                float y = page.getMediaBox().getHeight() - MARGIN;
                y = text(c, bold, 15, MARGIN, y, "Attestation de périodes de formation en milieu professionnel");
                y = paragraph(c, regular, 10, y - 4, "Baccalauréat professionnel AGOrA — établissement " + uai
                        + " — classe " + a.cohort().name() + " — session " + a.cohort().examSessionYear());
                y = paragraph(c, bold, 11, y - 8, "Élève : " + a.student().lastName() + " " + a.student().firstName()
                        + (a.student().ine() == null ? "" : " (INE " + a.student().ine().value() + ")"));
                y = table(c, regular, bold, y - 12, a);
                y = paragraph(c, bold, 11, y - 10, "Total sur le cycle : " + a.daysDone() + " jours, " + weeks(a.weeksDone())
                        + " semaines effectuées ; " + a.requirement().requiredWeeks() + " semaines exigées pour l'examen"
                        + (a.requirementMet() ? " (atteint)." : " (non atteint)."));
                y = paragraph(c, regular, 8, y - 2, "Source : " + a.requirement().source() + ". Une semaine = 5 jours effectués ; "
                        + "jours prévus = jours ouvrés de la période, jours fériés exclus.");
                y -= 40;
                text(c, bold, 10, MARGIN, y, "Le chef d'établissement");
                text(c, bold, 10, 320, y, "Le tuteur / l'organisme d'accueil");
                text(c, regular, 8, MARGIN, y - 14, "Date, cachet et signature");
                text(c, regular, 8, 320, y - 14, "Date, cachet et signature");
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static float table(PDPageContentStream c, PDFont regular, PDFont bold, float y, PfmpAttestation a) throws IOException {
        for (int i = 0; i < HEADERS.length; i++) text(c, bold, 8, COLUMNS[i], y, HEADERS[i]);
        y -= 4;
        c.moveTo(MARGIN, y);
        c.lineTo(555, y);
        c.stroke();
        for (PfmpAttestation.Line l : a.lines()) {
            String[] cells = {l.period().name(), DAY.format(l.start()), DAY.format(l.end()), fit(regular, 8, l.organisation(), 126),
                    fit(regular, 8, l.tutorName(), 86), l.cycleYear() == null ? "—" : l.cycleYear().label().split(" ")[0],
                    Integer.toString(l.plannedDays()), l.attested() ? Integer.toString(l.justifiedAbsenceDays() + l.unjustifiedAbsenceDays()) : "—",
                    l.attested() ? l.daysDone() + " j (" + weeks(l.weeksDone()) + " sem.)" : "à attester"};
            y -= 14;
            for (int i = 0; i < cells.length; i++) text(c, regular, 8, COLUMNS[i], y, cells[i]);
        }
        return y - 4;
    }

    /** Text wrapped to the page's width (515 pt between the margins). */
    private static float paragraph(PDPageContentStream c, PDFont font, float size, float y, String s) throws IOException {
        for (String line : wrap(font, size, s, 515)) y = text(c, font, size, MARGIN, y, line);
        return y;
    }

    private static float text(PDPageContentStream c, PDFont font, float size, float x, float y, String s) throws IOException {
        c.beginText();
        c.setFont(font, size);
        c.newLineAtOffset(x, y - size);
        c.showText(s);
        c.endText();
        return y - size - 3;
    }

    private static String fit(PDFont font, float size, String s, float width) throws IOException {
        String t = s;
        while (t.length() > 1 && font.getStringWidth(t) / 1000 * size > width) t = t.substring(0, t.length() - 2) + "…";
        return t;
    }

    private static List<String> wrap(PDFont font, float size, String s, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : s.split(" ")) {
            String tried = line.isEmpty() ? word : line + " " + word;
            if (font.getStringWidth(tried) / 1000 * size > width && !line.isEmpty()) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(tried);
            }
        }
        if (!line.isEmpty()) lines.add(line.toString());
        return lines;
    }

    private static String weeks(BigDecimal w) {
        return w.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
