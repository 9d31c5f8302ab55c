package fr.agora.adapter.out.einvoice;

import fr.agora.domain.shared.InvalidInputException;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.common.PDNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

/**
 * The CII XML a Factur-X PDF embeds, taken out with PDFBox (Mustang's own dependency) so that the XML can be checked
 * by a hardened parser before Mustang's importer — whose parser resolves external entities — ever sees it.
 */
final class EmbeddedInvoiceXml {

    /** Factur-X 1.0 names it {@code factur-x.xml}; ZUGFeRD 2 and XRechnung hybrids use the others. */
    private static final List<String> NAMES = List.of("factur-x.xml", "zugferd-invoice.xml", "xrechnung.xml", "ZUGFeRD-invoice.xml");
    private static final int MAX_DEPTH = 8;

    private EmbeddedInvoiceXml() {
    }

    static byte[] from(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDDocumentNameDictionary names = doc.getDocumentCatalog().getNames();
            byte[] xml = names == null || names.getEmbeddedFiles() == null ? null : find(names.getEmbeddedFiles(), 0);
            if (xml == null) throw unreadable("the PDF embeds no factur-x.xml");
            return xml;
        } catch (IOException e) {
            throw unreadable("not a readable PDF (" + e.getMessage() + ")");
        }
    }

    private static byte[] find(PDNameTreeNode<PDComplexFileSpecification> node, int depth) throws IOException {
        if (depth > MAX_DEPTH) return null;
        Map<String, PDComplexFileSpecification> files = node.getNames();
        if (files != null) {
            for (String name : NAMES) {
                PDComplexFileSpecification spec = files.get(name);
                PDEmbeddedFile file = spec == null ? null : spec.getEmbeddedFile();
                if (file != null) return file.toByteArray();
            }
        }
        if (node.getKids() != null) {
            for (PDNameTreeNode<PDComplexFileSpecification> kid : node.getKids()) {
                byte[] found = find(kid, depth + 1);
                if (found != null) return found;
            }
        }
        return null;
    }

    static InvalidInputException unreadable(String why) {
        return new InvalidInputException("facturx-unreadable", "file", "not a readable Factur-X / CII invoice: " + why, Map.of());
    }
}
