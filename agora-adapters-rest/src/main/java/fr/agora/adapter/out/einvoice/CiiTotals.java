package fr.agora.adapter.out.einvoice;

import fr.agora.domain.invoice.InvoiceComputation.VatAmount;
import fr.agora.domain.shared.InvalidInputException;
import java.util.Map;
import fr.agora.domain.shared.Money;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The header-level figures a CII invoice declares (EN 16931 BG-22 totals, BG-23 VAT breakdown), read with the JDK's
 * XML parser (external entities off) and XPath: Mustang's importer exposes the items and parties but not the declared
 * breakdown, and the point is to compare what the document says with the calculator.
 */
record CiiTotals(List<VatAmount> vat, Money lineTotal, Money taxBasis, Money taxTotal, Money grandTotal, Money prepaid,
                 Money duePayable, String sellerLegalId, String buyerLegalId) {

    private static final String SETTLEMENT = "//*[local-name()='ApplicableHeaderTradeSettlement']";
    private static final String LEGAL_ID = "/*[local-name()='SpecifiedLegalOrganization']/*[local-name()='ID']";
    private static final String SUMMATION = SETTLEMENT + "/*[local-name()='SpecifiedTradeSettlementHeaderMonetarySummation']";

    static CiiTotals of(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
            XPath x = XPathFactory.newInstance().newXPath();
            NodeList taxes = (NodeList) x.evaluate(SETTLEMENT + "/*[local-name()='ApplicableTradeTax']", doc, XPathConstants.NODESET);
            List<VatAmount> vat = new ArrayList<>();
            for (int i = 0; i < taxes.getLength(); i++) {
                Node t = taxes.item(i);
                vat.add(MustangFacturXReader.vat(decimal(x, t, "RateApplicablePercent"), text(x, t, "CategoryCode"),
                        text(x, t, "ExemptionReason"), decimal(x, t, "BasisAmount"), decimal(x, t, "CalculatedAmount")));
            }
            Node sum = (Node) x.evaluate(SUMMATION, doc, XPathConstants.NODE);
            if (sum == null) throw new InvalidInputException("facturx-unreadable", "file", "the CII invoice has no monetary summation", Map.of());
            return new CiiTotals(vat, money(x, sum, "LineTotalAmount"), money(x, sum, "TaxBasisTotalAmount"),
                    money(x, sum, "TaxTotalAmount"), money(x, sum, "GrandTotalAmount"), money(x, sum, "TotalPrepaidAmount"),
                    money(x, sum, "DuePayableAmount"), legalId(x, doc, "SellerTradeParty"), legalId(x, doc, "BuyerTradeParty"));
        } catch (InvalidInputException e) {
            throw e;
        } catch (Exception e) {
            throw new InvalidInputException("facturx-unreadable", "file", "the CII XML cannot be read: " + e.getMessage(), Map.of());
        }
    }

    /** BT-30 / BT-47 (the SIREN under scheme 0002): Mustang's importer does not carry it back. */
    private static String legalId(XPath x, Document doc, String party) throws Exception {
        String s = (String) x.evaluate("//*[local-name()='" + party + "']" + LEGAL_ID, doc, XPathConstants.STRING);
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String text(XPath x, Node n, String name) throws Exception {
        String s = (String) x.evaluate("*[local-name()='" + name + "']", n, XPathConstants.STRING);
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static BigDecimal decimal(XPath x, Node n, String name) throws Exception {
        return MustangFacturXReader.decimal(text(x, n, name));
    }

    private static Money money(XPath x, Node n, String name) throws Exception {
        return Money.of(decimal(x, n, name).setScale(2));
    }
}
