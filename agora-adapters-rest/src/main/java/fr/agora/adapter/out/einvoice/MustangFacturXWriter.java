package fr.agora.adapter.out.einvoice;

import fr.agora.application.port.out.invoice.RenderEInvoicePort;
import fr.agora.domain.invoice.EInvoice;
import fr.agora.domain.invoice.EInvoiceParty;
import fr.agora.domain.invoice.InvoiceComputation;
import fr.agora.domain.invoice.InvoiceComputation.AccessoryShare;
import fr.agora.domain.invoice.InvoiceComputation.VatAmount;
import fr.agora.domain.invoice.InvoiceKind;
import fr.agora.domain.invoice.InvoiceLine;
import fr.agora.domain.shared.Money;
import fr.agora.domain.tva.Exemption;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.mustangproject.Allowance;
import org.mustangproject.Charge;
import org.mustangproject.Invoice;
import org.mustangproject.Item;
import org.mustangproject.LegalOrganisation;
import org.mustangproject.Product;
import org.mustangproject.SchemedID;
import org.mustangproject.TradeParty;
import org.mustangproject.ZUGFeRD.Profile;
import org.mustangproject.ZUGFeRD.Profiles;
import org.mustangproject.ZUGFeRD.ZUGFeRD2PullProvider;
import org.mustangproject.ZUGFeRD.ZUGFeRDExporterFromA3;
import org.mustangproject.ZUGFeRD.ZUGFeRDVisualizer;

/**
 * Writes a computed invoice as Factur-X with Mustang: the CII XML (EN 16931 profile), a PDF/A-3 rendering of it (FOP,
 * through Mustang's visualiser), and the XML embedded in that PDF. EN 16931 carries reductions, escompte and
 * accessory charges as document-level allowances and charges, each at one rate: the calculator's cascade is written
 * per rate as one allowance (the rate's line total minus its base before accessories) and one charge (the rate's
 * share of the accessory charges), so the base of every rate is the calculator's to the cent.
 */
public class MustangFacturXWriter implements RenderEInvoicePort {

    static final Profile PROFILE = Profiles.getByName("EN16931");
    static final String UNIT = "C62"; // UN/ECE rec. 20 "one": the calculator's quantities carry no unit
    static final String CREDIT_NOTE = "381";
    private static final String ALLOWANCE_REASON = "Remises et escompte";
    private static final String DISCOUNT_REASON_CODE = "95"; // UNTDID 5189: discount
    private static final String CHARGE_REASON = "Frais de port et frais accessoires";

    @Override
    public Rendered render(EInvoice e) {
        Invoice invoice = invoice(e);
        ZUGFeRD2PullProvider provider = new ZUGFeRD2PullProvider();
        provider.setProfile(PROFILE);
        provider.generateXML(invoice);
        byte[] xml = provider.getXML();
        // toPDF(String) takes the XML itself and renders it as PDF/A-3 with FOP.
        byte[] pdfa = new ZUGFeRDVisualizer().toPDF(new String(xml, StandardCharsets.UTF_8).replace("\uFEFF", ""));
        try (ZUGFeRDExporterFromA3 exporter = new ZUGFeRDExporterFromA3()) {
            exporter.setProfile(PROFILE).setProducer("AGOrA").setCreator(e.seller().name()).load(pdfa);
            exporter.setXML(xml);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            exporter.export(out);
            return new Rendered(out.toByteArray(), xml);
        } catch (IOException ex) {
            throw new UncheckedIOException("Factur-X export failed", ex);
        }
    }

    static Invoice invoice(EInvoice e) {
        InvoiceComputation c = e.computation();
        Invoice invoice = new Invoice().setNumber(e.number()).setCurrency("EUR").setIssueDate(date(e.issueDate()))
                .setDeliveryDate(date(e.request().date())).setSender(party(e.seller())).setRecipient(party(e.buyer()));
        invoice.setDueDate(date(e.dueDate() == null ? e.issueDate() : e.dueDate()));
        invoice.setPaymentTermDescription(e.dueDate() == null ? "Paiement à réception" : "Paiement au " + e.dueDate());
        if (c.kind() == InvoiceKind.CREDIT_NOTE) invoice.setCreditNote();
        if (e.request().lines().stream().anyMatch(l -> l.exemption() == Exemption.INTRA_EU_DELIVERY)) {
            invoice.setDeliveryAddress(party(e.buyer())); // BR-IC-12: the country goods are delivered to
        }
        for (InvoiceLine l : e.request().lines()) {
            Product p = new Product(l.label(), "", UNIT, l.vatRate());
            p.setTaxCategoryCode(VatCategories.of(l.vatRate(), l.exemption()));
            if (l.exemption() != null) p.setTaxExemptionReason(l.exemption().mention());
            invoice.addItem(new Item(p, l.unitPrice().amount(), l.quantity()));
        }
        addAllowancesAndCharges(invoice, e);
        if (c.deposit() != null && c.deposit().isPositive()) invoice.setTotalPrepaidAmount(c.deposit().amount());
        c.mentions().forEach(invoice::addRegulatoryNote);
        return invoice;
    }

    /** Per rate: allowance = lines − (base − accessory share); charge = accessory share. */
    private static void addAllowancesAndCharges(Invoice invoice, EInvoice e) {
        Map<String, Money> linesByRate = new LinkedHashMap<>();
        for (InvoiceLine l : e.request().lines()) {
            Money amount = Money.roundedHalfUp(l.unitPrice().amount().multiply(l.quantity()));
            linesByRate.merge(key(l.vatRate(), l.exemption()), amount, Money::plus);
        }
        Map<String, Money> shares = new LinkedHashMap<>();
        for (AccessoryShare s : e.computation().accessorySplit()) shares.merge(key(s.rate(), s.exemption()), s.amount(), Money::plus);
        for (VatAmount v : e.computation().vat()) {
            String k = key(v.rate(), v.exemption());
            Money share = shares.getOrDefault(k, Money.ZERO);
            Money allowance = linesByRate.getOrDefault(k, Money.ZERO).minus(v.base().minus(share));
            String category = VatCategories.of(v.rate(), v.exemption());
            if (allowance.isPositive()) {
                Charge a = new Allowance(allowance.amount()).setTaxPercent(v.rate()).setReason(ALLOWANCE_REASON)
                        .setReasonCode(DISCOUNT_REASON_CODE).setCategoryCode(category);
                invoice.addAllowance(a);
            }
            if (share.isPositive()) {
                invoice.addCharge(new Charge(share.amount()).setTaxPercent(v.rate()).setReason(CHARGE_REASON).setCategoryCode(category));
            }
        }
    }

    private static String key(BigDecimal rate, Exemption exemption) {
        return rate.stripTrailingZeros().toPlainString() + "|" + Objects.toString(exemption, "");
    }

    static TradeParty party(EInvoiceParty p) {
        TradeParty t = new TradeParty(p.name(), Objects.toString(p.street(), ""), Objects.toString(p.postcode(), ""),
                Objects.toString(p.city(), ""), p.countryCode());
        if (p.vatNumber() != null) t.addVATID(p.vatNumber());
        if (p.siren() != null) t.setLegalOrganisation(new LegalOrganisation(new SchemedID("0002", p.siren()), p.name()));
        return t;
    }

    /** Mustang formats dates in the JVM's zone: the day must be the same there. */
    static Date date(LocalDate d) {
        return Date.from(d.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
