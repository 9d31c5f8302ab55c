package fr.agora.adapter.in.rest.grid;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.domain.grid.CohortGrid;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * The printed grid read back as a person would see it: the text extracted by PDFBox, where each glyph is, and the
 * page rendered to a PNG (written under {@code target/grid-pdf/} for a look) whose pixels say which cells are inked.
 */
class GridPdfWriterTest {

    /** A run of text on a page with its position (origin top left, in points = pixels at 72 dpi). */
    record Glyphs(int page, String text, float x, float y, float endX) {
    }

    static List<Glyphs> glyphs(PDDocument doc) throws IOException {
        List<Glyphs> out = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                TextPosition first = positions.get(0);
                TextPosition last = positions.get(positions.size() - 1);
                out.add(new Glyphs(getCurrentPageNo() - 1, text, first.getXDirAdj(), first.getYDirAdj(), last.getXDirAdj() + last.getWidthDirAdj()));
            }
        };
        stripper.setSortByPosition(true);
        stripper.getText(doc);
        return out;
    }

    static Glyphs find(List<Glyphs> gs, String startsWith) {
        return gs.stream().filter(g -> g.text().startsWith(startsWith)).findFirst().orElseThrow(() -> new AssertionError("no '" + startsWith + "'"));
    }

    /** Dark pixels inside a box (borders excluded by the inset). */
    static int ink(BufferedImage img, float x0, float y0, float x1, float y1) {
        int n = 0;
        for (int x = Math.round(x0) + 2; x < Math.round(x1) - 2; x++) {
            for (int y = Math.round(y0) + 2; y < Math.round(y1) - 2; y++) {
                int rgb = img.getRGB(x, y);
                int lum = ((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF);
                if (lum < 3 * 100) n++;
            }
        }
        return n;
    }

    @Test
    void a_students_sheet_prints_the_header_the_seed_003_rows_and_the_tick_and_level_in_the_right_column() throws IOException {
        byte[] pdf = GridPdfWriter.sheet(GridFixtures.lea());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Grille de suivi des compétences mises en œuvre en PFMP", "Lycée professionnel Jean-Jaurès",
                    "1re AGOrA 2", "Étienne Léa", "Cabinet Lefèvre & Associés", "Hélène Girard", "17/11/2025 – 12/12/2025",
                    "1.1 Préparation et prise en charge", "1.1.1 Identifier les caractéristiques de la demande",
                    "Respect de la charte d'accueil", "2.2.4 Déterminer les éléments nécessaires", "3.3.4");
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont f = page.getResources().getFont(name);
                    assertThat(f.isEmbedded()).as(f.getName()).isTrue();
                }
            }

            List<Glyphs> gs = glyphs(doc);
            Glyphs tva = find(gs, "2.2.4 ");
            Glyphs p3 = gs.stream().filter(g -> g.text().equals("P3") && g.page() == tva.page()).findFirst().orElseThrow();
            float p3Left = GridPdfPage.periodX(2);
            float p3Right = p3Left + GridPdfPage.PERIOD_WIDTH;
            assertThat(p3.x()).isBetween(p3Left, p3Right);
            // on the 2.2.4 row, the P3 column says "✓ 3" (mis en œuvre, level 3); no other column of that row has a mark
            List<Glyphs> onRow = gs.stream().filter(g -> g.page() == tva.page() && Math.abs(g.y() - tva.y()) < 1 && g.x() >= GridPdfPage.periodX(0)).toList();
            assertThat(onRow).singleElement().satisfies(g -> {
                assertThat(g.text()).isEqualTo(GridPdfWriter.TICK + " 3");
                assertThat(g.x()).isBetween(p3Left, p3Right);
            });
            // its criterion row: ✓ in P3
            Glyphs criterion = find(gs, "– Pertinence et exactitude des éléments retenus pour la déclaration de TVA");
            assertThat(gs.stream().filter(g -> g.page() == criterion.page() && Math.abs(g.y() - criterion.y()) < 1 && g.x() >= p3Left && g.x() < p3Right))
                    .extracting(Glyphs::text).containsExactly(GridPdfWriter.TICK);
            // 1.1.1 recorded NE in P1: ✓ without a level, in P1
            Glyphs c111 = find(gs, "1.1.1 ");
            assertThat(gs.stream().filter(g -> g.page() == c111.page() && Math.abs(g.y() - c111.y()) < 1 && g.x() >= GridPdfPage.periodX(0)))
                    .singleElement().satisfies(g -> {
                        assertThat(g.text()).isEqualTo(GridPdfWriter.TICK);
                        assertThat(g.x()).isBetween(GridPdfPage.periodX(0), GridPdfPage.periodX(1));
                    });

            // rendered: the P3 cell of the 2.2.4 row is inked, its P2 and P4 neighbours are blank
            BufferedImage img = new PDFRenderer(doc).renderImageWithDPI(tva.page(), 72);
            File dir = new File("target/grid-pdf");
            dir.mkdirs();
            ImageIO.write(img, "png", new File(dir, "lea-page-" + (tva.page() + 1) + ".png"));
            float top = tva.y() - 9;
            float bottom = tva.y() + 4;
            assertThat(ink(img, p3Left, top, p3Right, bottom)).isGreaterThan(10);
            assertThat(ink(img, GridPdfPage.periodX(1), top, GridPdfPage.periodX(2), bottom)).isZero();
            assertThat(ink(img, GridPdfPage.periodX(3), top, GridPdfPage.periodX(4), bottom)).isZero();
        }
    }

    @Test
    void a_cohort_booklet_starts_every_student_on_a_new_page() throws IOException {
        CohortGrid cohort = GridFixtures.cohort(3, 40, 7);
        try (PDDocument doc = Loader.loadPDF(GridPdfWriter.booklet(cohort))) {
            List<Glyphs> gs = glyphs(doc);
            List<Glyphs> titles = gs.stream().filter(g -> g.text().startsWith("Grille de suivi des compétences")).toList();
            assertThat(titles).hasSize(3);
            assertThat(titles).extracting(Glyphs::page).doesNotHaveDuplicates();
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(3);
            // every page carries its student's footer
            for (int p = 0; p < doc.getNumberOfPages(); p++) {
                int page = p;
                assertThat(gs.stream().filter(g -> g.page() == page && g.text().contains("Élève") && g.text().contains("page "))).isNotEmpty();
            }
        }
    }

    @Test
    void an_empty_cohort_still_prints_one_page_that_says_so() throws IOException {
        try (PDDocument doc = Loader.loadPDF(GridPdfWriter.booklet(GridFixtures.cohort(0, 0, 1)))) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Aucun élève dans cette division.");
        }
    }

    @Test
    void a_character_the_font_cannot_print_becomes_a_question_mark_instead_of_failing() throws IOException {
        fr.agora.domain.school.Student zoe = new fr.agora.domain.school.Student(fr.agora.domain.school.StudentId.of("s-zoe"),
                GridFixtures.COHORT.uai(), GridFixtures.COHORT.id(), null, "Zoé \uD83C\uDF93", "Ana\tïs");
        byte[] pdf = GridPdfWriter.sheet(GridFixtures.sheet(zoe, List.of(), List.of()));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Zoé ? Ana ïs", "pas de lieu de PFMP enregistré");
        }
    }
}
