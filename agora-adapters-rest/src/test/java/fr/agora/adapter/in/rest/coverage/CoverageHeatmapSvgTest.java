package fr.agora.adapter.in.rest.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.adapter.in.rest.grid.GridFixtures;
import fr.agora.domain.assessment.AggregationPolicy;
import fr.agora.domain.coverage.CohortCoverage;
import fr.agora.domain.coverage.CoverageMatrix;
import fr.agora.domain.coverage.CoverageSettings;
import fr.agora.domain.school.PeriodCode;
import fr.agora.domain.school.StudentId;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The SVG heatmaps parsed back with the JDK's XML parser: title, legend, and every cell with its printed value. */
class CoverageHeatmapSvgTest {

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    static Element cell(Document d, String competency, String period) {
        NodeList gs = d.getElementsByTagNameNS(CoverageHeatmapSvg.SVG_NS, "g");
        for (int i = 0; i < gs.getLength(); i++) {
            Element g = (Element) gs.item(i);
            if ("cell".equals(g.getAttribute("class")) && competency.equals(g.getAttribute("data-competency"))
                    && period.equals(g.getAttribute("data-period"))) return g;
        }
        throw new AssertionError("no cell " + competency + " " + period);
    }

    static String printed(Element g) {
        return g.getElementsByTagNameNS(CoverageHeatmapSvg.SVG_NS, "text").item(0).getTextContent();
    }

    private static CoverageMatrix lea() {
        StudentId id = StudentId.of("s-lea");
        return CoverageMatrix.of(GridFixtures.FRAMEWORK, id, List.of(
                GridFixtures.observation(id, 1, "2.2.4", "2.2.4-G1", PeriodCode.P3, "NE"),
                GridFixtures.observation(id, 2, "2.2.1", null, PeriodCode.P2, "2"),
                GridFixtures.observation(id, 3, "1.1.1", null, PeriodCode.P1, "4")),
                GridFixtures.LSL, AggregationPolicy.schoolDefault(), CoverageSettings.at(PeriodCode.P3));
    }

    @Test
    void a_students_heatmap_prints_a_code_in_every_cell_over_a_pattern_with_a_title_and_legend() throws Exception {
        Document d = parse(CoverageHeatmapSvg.student("Couverture — Léa Étienne", lea()));
        Element svg = d.getDocumentElement();
        assertThat(svg.getLocalName()).isEqualTo("svg");
        assertThat(svg.getElementsByTagNameNS(CoverageHeatmapSvg.SVG_NS, "title").item(0).getTextContent()).isEqualTo("Couverture — Léa Étienne");
        Element tva = cell(d, "2.2.4", "P3");
        assertThat(tva.getAttribute("data-state")).isEqualTo("EXERCISED");
        assertThat(printed(tva)).isEqualTo("MO");
        Element rect = (Element) tva.getElementsByTagNameNS(CoverageHeatmapSvg.SVG_NS, "rect").item(0);
        assertThat(rect.getAttribute("fill")).isEqualTo("url(#hatch)"); // a pattern, not a colour alone
        assertThat(printed(cell(d, "2.2.1", "P2"))).isEqualTo("É");
        assertThat(printed(cell(d, "1.1.1", "P1"))).isEqualTo("M");
        assertThat(printed(cell(d, "1.1.1", "P2"))).isEqualTo("—");
        // 37 competencies × 6 periods
        long cells = count(d, "cell");
        assertThat(cells).isEqualTo(37 * 6);
        assertThat(d.getElementsByTagNameNS(CoverageHeatmapSvg.SVG_NS, "pattern").getLength()).isEqualTo(2);
        String legend = legendText(d);
        assertThat(legend).contains("Légende", "mise en œuvre, non évaluée", "maîtrisée", "MO");
    }

    @Test
    void a_cohorts_heatmap_prints_how_many_students_mis_each_competency_en_oeuvre() throws Exception {
        StudentId bob = StudentId.of("s-bob");
        CoverageMatrix b = CoverageMatrix.of(GridFixtures.FRAMEWORK, bob, List.of(GridFixtures.observation(bob, 9, "2.2.4", null, PeriodCode.P3, "3")),
                GridFixtures.LSL, AggregationPolicy.schoolDefault(), CoverageSettings.at(PeriodCode.P3));
        CoverageMatrix c = CoverageMatrix.of(GridFixtures.FRAMEWORK, StudentId.of("s-c"), List.of(), GridFixtures.LSL,
                AggregationPolicy.schoolDefault(), CoverageSettings.at(PeriodCode.P3));
        CohortCoverage cc = CohortCoverage.of(GridFixtures.FRAMEWORK, CoverageSettings.at(PeriodCode.P3), List.of(lea(), b, c));
        Document d = parse(CoverageHeatmapSvg.cohort("Couverture — 1re AGOrA", cc));
        Element tva = cell(d, "2.2.4", "P3");
        assertThat(printed(tva)).isEqualTo("2/3"); // Léa (NE: mis en œuvre) and Bob (level 3)
        assertThat(tva.getAttribute("data-proficient")).isEqualTo("1");
        assertThat(printed(cell(d, "2.2.4", "P2"))).isEqualTo("0/3");
        // the grey darkens with the share: 0/3 white, 2/3 = 255 − 135 × 2/3 = 165 = #a5a5a5
        assertThat(((Element) cell(d, "2.2.4", "P2").getElementsByTagNameNS(CoverageHeatmapSvg.SVG_NS, "rect").item(0)).getAttribute("fill")).isEqualTo("#ffffff");
        assertThat(((Element) tva.getElementsByTagNameNS(CoverageHeatmapSvg.SVG_NS, "rect").item(0)).getAttribute("fill")).isEqualTo("#a5a5a5");
        assertThat(legendText(d)).contains("tous les élèves");
    }

    private static long count(Document d, String cls) {
        NodeList gs = d.getElementsByTagNameNS(CoverageHeatmapSvg.SVG_NS, "g");
        long n = 0;
        for (int i = 0; i < gs.getLength(); i++) if (cls.equals(((Element) gs.item(i)).getAttribute("class"))) n++;
        return n;
    }

    private static String legendText(Document d) {
        StringBuilder sb = new StringBuilder();
        NodeList ts = d.getElementsByTagNameNS(CoverageHeatmapSvg.SVG_NS, "text");
        for (int i = 0; i < ts.getLength(); i++) sb.append(ts.item(i).getTextContent()).append('\n');
        return sb.toString();
    }
}
