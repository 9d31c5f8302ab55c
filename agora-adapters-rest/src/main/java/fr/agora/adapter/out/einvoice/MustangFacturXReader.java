package fr.agora.adapter.out.einvoice;

import fr.agora.application.port.out.invoice.ReadEInvoicePort;
import fr.agora.domain.invoice.EInvoiceParty;
import fr.agora.domain.invoice.EInvoiceReading;
import fr.agora.domain.invoice.EInvoiceReading.Adjustment;
import fr.agora.domain.invoice.InvoiceComputation.VatAmount;
import fr.agora.domain.invoice.InvoiceKind;
import fr.agora.domain.invoice.InvoiceLine;
import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Money;
import fr.agora.domain.tva.Nature;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mustangproject.Invoice;
import org.mustangproject.TradeParty;
import org.mustangproject.ZUGFeRD.IZUGFeRDAllowanceCharge;
import org.mustangproject.ZUGFeRD.IZUGFeRDExportableItem;
import org.mustangproject.ZUGFeRD.ZUGFeRDImporter;

/**
 * Reads a Factur-X PDF (or its CII XML alone) back: the embedded XML is taken out with PDFBox and checked by a hardened
 * parser ({@link CiiTotals}: no DOCTYPE, so no external entity) before Mustang's importer reads the parties, lines,
 * document allowances and charges; the totals and TVA breakdown are the document's own, never recomputed here, so a
 * test can compare them with the calculator's.
 */
public class MustangFacturXReader implements ReadEInvoicePort {

    @Override
    public EInvoiceReading read(byte[] content) {
        byte[] xml = isPdf(content) ? EmbeddedInvoiceXml.from(content) : content;
        // The hardened parse comes first: it refuses a DOCTYPE, so no entity reaches Mustang's importer.
        CiiTotals totals = CiiTotals.of(new String(xml, StandardCharsets.UTF_8).replace("\uFEFF", ""));
        Invoice invoice;
        try {
            ZUGFeRDImporter importer = new ZUGFeRDImporter();
            importer.setRawXML(xml, true);
            invoice = importer.extractInvoice();
        } catch (Exception | LinkageError e) {
            throw EmbeddedInvoiceXml.unreadable(String.valueOf(e.getMessage()));
        }
        if (invoice == null || invoice.getNumber() == null) throw EmbeddedInvoiceXml.unreadable("no CII invoice found");
        try {
            return new EInvoiceReading(invoice.getNumber(), localDate(invoice), kind(invoice),
                    party(invoice.getSender(), totals.sellerLegalId()), party(invoice.getRecipient(), totals.buyerLegalId()),
                    lines(invoice), adjustments(invoice.getZFAllowances()),
                    adjustments(invoice.getZFCharges()), totals.vat(), totals.lineTotal(), totals.taxBasis(),
                    totals.taxTotal(), totals.grandTotal(), totals.prepaid(), totals.duePayable(), notes(invoice));
        } catch (InvalidInputException e) {
            throw e.under("file");
        } catch (RuntimeException e) {
            throw EmbeddedInvoiceXml.unreadable(String.valueOf(e.getMessage()));
        }
    }

    private static boolean isPdf(byte[] b) {
        return b.length > 4 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F';
    }

    private static LocalDate localDate(Invoice i) {
        return i.getIssueDate() == null ? null : i.getIssueDate().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }

    private static InvoiceKind kind(Invoice i) {
        return MustangFacturXWriter.CREDIT_NOTE.equals(i.getDocumentCode()) ? InvoiceKind.CREDIT_NOTE : InvoiceKind.INVOICE;
    }

    private static EInvoiceParty party(TradeParty t, String legalId) {
        if (t == null) return null;
        String siren = legalId != null && legalId.matches("[0-9]{9}") ? legalId : null;
        return new EInvoiceParty(t.getName(), siren, t.getVatID(), t.getStreet(), t.getZIP(), t.getLocation(), t.getCountry());
    }

    private static List<InvoiceLine> lines(Invoice invoice) {
        List<InvoiceLine> lines = new ArrayList<>();
        for (IZUGFeRDExportableItem item : invoice.getZFItems()) {
            var p = item.getProduct();
            lines.add(new InvoiceLine(p.getName(), item.getQuantity(), Money.of(item.getPrice().setScale(2, Money.HALF_UP)),
                    p.getVATPercent().stripTrailingZeros().setScale(2), Nature.GOODS,
                    VatCategories.exemption(p.getTaxCategoryCode(), p.getTaxExemptionReason())));
        }
        return lines;
    }

    private static List<Adjustment> adjustments(IZUGFeRDAllowanceCharge[] items) {
        if (items == null) return List.of();
        return Arrays.stream(items).map(a -> new Adjustment(a.getTaxPercent(), Money.of(a.getTotalAmount(null)), a.getReason()))
                .toList();
    }

    private static List<String> notes(Invoice i) {
        return i.getNotesWithSubjectCode() == null ? List.of()
                : i.getNotesWithSubjectCode().stream().map(n -> n.getContent()).toList();
    }

    static BigDecimal decimal(String s) {
        return s == null || s.isBlank() ? BigDecimal.ZERO : new BigDecimal(s.trim());
    }

    /** The declared VAT breakdown as the calculator shapes it. */
    static VatAmount vat(BigDecimal rate, String category, String reason, BigDecimal base, BigDecimal amount) {
        return new VatAmount(rate.setScale(2), null, Money.of(base.setScale(2)), Money.of(amount.setScale(2)),
                VatCategories.exemption(category, reason));
    }
}
