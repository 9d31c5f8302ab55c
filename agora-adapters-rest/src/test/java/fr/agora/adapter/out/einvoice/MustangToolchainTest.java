package fr.agora.adapter.out.einvoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mustangproject.Invoice;
import org.mustangproject.Item;
import org.mustangproject.Product;
import org.mustangproject.TradeParty;
import org.mustangproject.ZUGFeRD.Profiles;
import org.mustangproject.ZUGFeRD.ZUGFeRD2PullProvider;
import org.mustangproject.ZUGFeRD.ZUGFeRDExporterFromA3;
import org.mustangproject.ZUGFeRD.ZUGFeRDVisualizer;
import org.mustangproject.validator.ZUGFeRDValidator;

/** The Mustang chain this adapter relies on: CII XML → PDF/A-3 (FOP) → embedded Factur-X → validator, 0 errors. */
class MustangToolchainTest {

    @Test
    void a_minimal_en16931_invoice_goes_through_the_whole_chain(@TempDir Path dir) throws Exception {
        Invoice invoice = new Invoice().setNumber("F-TOOL-1").setIssueDate(new Date()).setDueDate(new Date())
                .setDeliveryDate(new Date()).setCurrency("EUR")
                .setSender(new TradeParty("Atelier Dupont", "1 rue de la Paix", "75002", "Paris", "FR")
                        .addVATID("FR40303265045"))
                .setRecipient(new TradeParty("Client SA", "2 avenue Foch", "69006", "Lyon", "FR"))
                .addItem(new Item(new Product("Conseil", "", "HUR", new BigDecimal("20")), new BigDecimal("100.00"),
                        new BigDecimal("3")));
        ZUGFeRD2PullProvider provider = new ZUGFeRD2PullProvider();
        provider.setProfile(Profiles.getByName("EN16931"));
        provider.generateXML(invoice);
        byte[] xml = provider.getXML();
        // toPDF(String) takes the XML itself (not a file name) and renders it as PDF/A-3 with FOP.
        byte[] pdfa = new ZUGFeRDVisualizer().toPDF(new String(xml, StandardCharsets.UTF_8).replace("\uFEFF", ""));
        ZUGFeRDExporterFromA3 exporter = new ZUGFeRDExporterFromA3().setProfile(Profiles.getByName("EN16931"));
        exporter.load(pdfa);
        exporter.setXML(xml);
        Path out = dir.resolve("invoice.pdf");
        exporter.export(out.toString());
        ZUGFeRDValidator validator = new ZUGFeRDValidator();
        String report = validator.validate(out.toString());
        System.out.println(report);
        assertThat(new String(xml, StandardCharsets.UTF_8)).contains("360.00");
        assertThat(validator.wasCompletelyValid()).as(report).isTrue();
    }
}
