package fr.agora.adapter.in.rest.coverage;

import fr.agora.domain.coverage.CellState;
import fr.agora.domain.coverage.CohortCoverage;
import fr.agora.domain.coverage.CoverageMatrix;
import fr.agora.domain.school.PeriodCode;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The coverage heatmap as SVG (competencies × periods), built with the JDK's DOM and serialised by its XML
 * transformer. Readable in black and white: every cell prints its value and each state has its own pattern, colour
 * only doubles them. A student's cell prints the state's code (— not exercised, MO mis en œuvre not assessed, É
 * evaluated, M proficient); a cohort's cell prints how many students mis the competency en œuvre out of the cohort,
 * on a grey whose darkness follows that share. Each cell is a {@code <g class="cell">} carrying
 * {@code data-competency}, {@code data-period} and its value, so that a script (or a test) can read it back.
 */
public final class CoverageHeatmapSvg {

    static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final int LABEL_WIDTH = 60;
    private static final int CELL_W = 56;
    private static final int CELL_H = 16;
    private static final int TOP = 56;
    private static final DocumentBuilderFactory DOCUMENTS = DocumentBuilderFactory.newInstance();
    private static final TransformerFactory TRANSFORMERS = TransformerFactory.newInstance();

    static {
        DOCUMENTS.setNamespaceAware(true);
        TRANSFORMERS.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        TRANSFORMERS.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
    }

    private CoverageHeatmapSvg() {
    }

    /** The student's heatmap: one code per cell. */
    public static String student(String title, CoverageMatrix m) {
        Canvas c = new Canvas(title, m.periods(), m.cells().size());
        int row = 0;
        for (var e : m.cells().entrySet()) {
            c.rowLabel(row, e.getKey());
            for (int col = 0; col < m.periods().size(); col++) {
                CellState s = e.getValue().get(m.periods().get(col));
                Element g = c.cell(row, col, e.getKey(), m.periods().get(col), fill(s), code(s));
                g.setAttribute("data-state", s.name());
            }
            row++;
        }
        c.legend(new String[][] {{"none", "—", "non mise en œuvre"}, {"hatch", "MO", "mise en œuvre, non évaluée"},
                {"dots", "É", "évaluée, non maîtrisée"}, {"dark", "M", "maîtrisée"}});
        return c.serialise();
    }

    /** The cohort's heatmap: students who mis each competency en œuvre in each period, out of the cohort. */
    public static String cohort(String title, CohortCoverage cc) {
        Canvas c = new Canvas(title, cc.periods(), cc.cells().size());
        int row = 0;
        for (var e : cc.cells().entrySet()) {
            c.rowLabel(row, e.getKey());
            for (int col = 0; col < cc.periods().size(); col++) {
                CohortCoverage.CellCounts n = e.getValue().get(cc.periods().get(col));
                int done = n.exercised() + n.evaluated() + n.proficient();
                Element g = c.cell(row, col, e.getKey(), cc.periods().get(col), grey(done, cc.students()), done + "/" + cc.students());
                g.setAttribute("data-mis-en-oeuvre", Integer.toString(done));
                g.setAttribute("data-proficient", Integer.toString(n.proficient()));
                g.setAttribute("data-students", Integer.toString(cc.students()));
            }
            row++;
        }
        c.legend(new String[][] {{"#ffffff", "0/" + cc.students(), "aucun élève"},
                {grey(cc.students() / 2, cc.students()), (cc.students() / 2) + "/" + cc.students(), "la moitié"},
                {grey(cc.students(), cc.students()), cc.students() + "/" + cc.students(), "tous les élèves ont mis la compétence en œuvre"}});
        return c.serialise();
    }

    private static String fill(CellState s) {
        return switch (s) {
            case NOT_EXERCISED -> "#ffffff";
            case EXERCISED -> "url(#hatch)";
            case EVALUATED -> "url(#dots)";
            case PROFICIENT -> "#555555";
        };
    }

    static String code(CellState s) {
        return switch (s) {
            case NOT_EXERCISED -> "—";
            case EXERCISED -> "MO";
            case EVALUATED -> "É";
            case PROFICIENT -> "M";
        };
    }

    /** White (none) to a mid grey (all), so that the printed value stays black on it. */
    private static String grey(int done, int of) {
        int v = of == 0 ? 255 : 255 - Math.round(135f * done / of);
        return String.format(Locale.ROOT, "#%02x%02x%02x", v, v, v);
    }

    /** One SVG document under construction. */
    private static final class Canvas {
        private final Document doc;
        private final Element svg;
        private final List<PeriodCode> periods;

        Canvas(String title, List<PeriodCode> periods, int rows) {
            try {
                doc = DOCUMENTS.newDocumentBuilder().newDocument();
            } catch (ParserConfigurationException e) {
                throw new IllegalStateException(e);
            }
            this.periods = periods;
            int width = LABEL_WIDTH + periods.size() * CELL_W + 20;
            int height = TOP + rows * CELL_H + 90;
            svg = el(doc, "svg");
            doc.appendChild(svg);
            svg.setAttribute("width", Integer.toString(width));
            svg.setAttribute("height", Integer.toString(height));
            svg.setAttribute("viewBox", "0 0 " + width + " " + height);
            svg.setAttribute("font-family", "DejaVu Sans, Arial, sans-serif");
            svg.setAttribute("font-size", "10");
            svg.setAttribute("role", "img");
            Element t = el(doc, "title");
            t.setTextContent(title);
            svg.appendChild(t);
            svg.appendChild(patterns());
            text(10, 18, title, "14").setAttribute("font-weight", "bold");
            for (int col = 0; col < periods.size(); col++) {
                Element h = text(LABEL_WIDTH + col * CELL_W + CELL_W / 2, TOP - 6, periods.get(col).name(), "11");
                h.setAttribute("text-anchor", "middle");
                h.setAttribute("font-weight", "bold");
            }
        }

        private Element patterns() {
            Element defs = el(doc, "defs");
            Element hatch = pattern("hatch", 6);
            hatch.setAttribute("patternTransform", "rotate(45)");
            Element line = el(doc, "line");
            line.setAttribute("x1", "0");
            line.setAttribute("y1", "0");
            line.setAttribute("x2", "0");
            line.setAttribute("y2", "6");
            line.setAttribute("stroke", "#999999");
            line.setAttribute("stroke-width", "2");
            hatch.appendChild(line);
            Element dots = pattern("dots", 4);
            Element dot = el(doc, "circle");
            dot.setAttribute("cx", "2");
            dot.setAttribute("cy", "2");
            dot.setAttribute("r", "0.9");
            dot.setAttribute("fill", "#888888");
            dots.appendChild(dot);
            defs.appendChild(hatch);
            defs.appendChild(dots);
            return defs;
        }

        private Element pattern(String id, int size) {
            Element p = el(doc, "pattern");
            p.setAttribute("id", id);
            p.setAttribute("width", Integer.toString(size));
            p.setAttribute("height", Integer.toString(size));
            p.setAttribute("patternUnits", "userSpaceOnUse");
            return p;
        }

        void rowLabel(int row, String code) {
            text(10, TOP + row * CELL_H + 12, code, "10");
        }

        Element cell(int row, int col, String competency, PeriodCode period, String fill, String value) {
            Element g = el(doc, "g");
            g.setAttribute("class", "cell");
            g.setAttribute("data-competency", competency);
            g.setAttribute("data-period", period.name());
            g.setAttribute("data-value", value);
            int x = LABEL_WIDTH + col * CELL_W;
            int y = TOP + row * CELL_H;
            Element r = el(doc, "rect");
            r.setAttribute("x", Integer.toString(x));
            r.setAttribute("y", Integer.toString(y));
            r.setAttribute("width", Integer.toString(CELL_W));
            r.setAttribute("height", Integer.toString(CELL_H));
            r.setAttribute("fill", fill);
            r.setAttribute("stroke", "#000000");
            r.setAttribute("stroke-width", "0.5");
            g.appendChild(r);
            Element t = el(doc, "text");
            t.setAttribute("x", Integer.toString(x + CELL_W / 2));
            t.setAttribute("y", Integer.toString(y + 12));
            t.setAttribute("text-anchor", "middle");
            t.setAttribute("fill", "#000000");
            t.setTextContent(value);
            g.appendChild(t);
            svg.appendChild(g);
            return g;
        }

        /** A legend of {fill or pattern name, printed value, meaning} rows under the grid. */
        void legend(String[][] entries) {
            int y = Integer.parseInt(svg.getAttribute("height")) - 80;
            Element g = el(doc, "g");
            g.setAttribute("class", "legend");
            svg.appendChild(g);
            text(10, y, "Légende", "11").setAttribute("font-weight", "bold");
            for (int i = 0; i < entries.length; i++) {
                String fill = switch (entries[i][0]) {
                    case "none" -> "#ffffff";
                    case "hatch" -> "url(#hatch)";
                    case "dots" -> "url(#dots)";
                    case "dark" -> "#555555";
                    default -> entries[i][0];
                };
                int rowY = y + 6 + i * 16;
                Element r = el(doc, "rect");
                r.setAttribute("x", "10");
                r.setAttribute("y", Integer.toString(rowY));
                r.setAttribute("width", "40");
                r.setAttribute("height", "13");
                r.setAttribute("fill", fill);
                r.setAttribute("stroke", "#000000");
                r.setAttribute("stroke-width", "0.5");
                g.appendChild(r);
                Element v = text(30, rowY + 10, entries[i][1], "9");
                v.setAttribute("text-anchor", "middle");
                g.appendChild(v);
                g.appendChild(text(56, rowY + 10, entries[i][2], "10"));
            }
        }

        private Element text(int x, int y, String s, String size) {
            Element t = el(doc, "text");
            t.setAttribute("x", Integer.toString(x));
            t.setAttribute("y", Integer.toString(y));
            t.setAttribute("font-size", size);
            t.setTextContent(s);
            svg.appendChild(t);
            return t;
        }

        String serialise() {
            try {
                Transformer t = TRANSFORMERS.newTransformer();
                t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
                StringWriter w = new StringWriter(32 * 1024);
                t.transform(new DOMSource(doc), new StreamResult(w));
                return w.toString();
            } catch (TransformerException e) {
                throw new IllegalStateException(e);
            }
        }

        private static Element el(Document doc, String name) {
            return doc.createElementNS(SVG_NS, name);
        }
    }
}
