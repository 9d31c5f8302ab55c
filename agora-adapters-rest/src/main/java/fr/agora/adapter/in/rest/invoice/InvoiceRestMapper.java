package fr.agora.adapter.in.rest.invoice;

import fr.agora.adapter.in.rest.invoice.InvoiceDtos.InvoiceComputeRequest;
import fr.agora.adapter.in.rest.invoice.InvoiceDtos.InvoiceComputeResponse;
import fr.agora.adapter.in.rest.invoice.InvoiceDtos.InvoiceJournalLineDto;
import fr.agora.adapter.in.rest.invoice.InvoiceDtos.InvoiceMentionsRequest;
import fr.agora.adapter.in.rest.invoice.InvoiceDtos.InvoiceMentionsResponse;
import fr.agora.application.port.in.invoice.ComputeInvoiceCommand;
import fr.agora.domain.invoice.AccessoryCharge;
import fr.agora.domain.invoice.InvoiceComputation;
import fr.agora.domain.invoice.InvoiceHeader;
import fr.agora.domain.invoice.InvoiceLine;
import fr.agora.domain.invoice.JournalEntry;
import fr.agora.domain.invoice.MentionsCheck;
import fr.agora.domain.invoice.Reduction;
import fr.agora.domain.shared.Money;
import fr.agora.domain.tva.Amounts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Invoice DTOs ↔ domain. Results are mapped by MapStruct; requests by hand, so that each amount's error names its field. */
@Mapper
public interface InvoiceRestMapper {

    // ---- results → responses (generated)

    @Mapping(target = "vatRounding", source = "rounding")
    InvoiceComputeResponse toResponse(InvoiceComputation c);

    InvoiceMentionsResponse toResponse(MentionsCheck.Result r);

    InvoiceHeader toHeader(InvoiceMentionsRequest r);

    /** Journal lines show their amount on one side only: the other side is left out (null, not written). */
    default InvoiceJournalLineDto journalLine(JournalEntry.Line l) {
        return new InvoiceJournalLineDto(l.account(), l.label(), l.debit().isZero() ? null : l.debit().amount(),
                l.credit().isZero() ? null : l.credit().amount());
    }

    default BigDecimal money(Money m) {
        return m == null ? null : m.amount();
    }

    default Money money(BigDecimal v) {
        return v == null ? null : Money.of(v);
    }

    // ---- requests → commands (by hand: field names in errors)

    default ComputeInvoiceCommand toCommand(InvoiceComputeRequest r) {
        List<InvoiceLine> lines = new ArrayList<>(r.lines().size());
        for (int i = 0; i < r.lines().size(); i++) {
            var l = r.lines().get(i);
            lines.add(new InvoiceLine(l.label(), l.quantity(), Amounts.money(l.unitPrice(), "lines[" + i + "].unitPrice"),
                    l.vatRate(), l.nature(), l.exemption()));
        }
        List<Reduction> reductions = new ArrayList<>();
        if (r.reductions() != null) {
            for (int i = 0; i < r.reductions().size(); i++) {
                var d = r.reductions().get(i);
                reductions.add(new Reduction(d.type(), d.rate(),
                        d.amount() == null ? null : Amounts.money(d.amount(), "reductions[" + i + "].amount")));
            }
        }
        List<AccessoryCharge> accessories = new ArrayList<>();
        if (r.accessories() != null) {
            for (int i = 0; i < r.accessories().size(); i++) {
                var a = r.accessories().get(i);
                accessories.add(new AccessoryCharge(a.kind(), Amounts.money(a.amount(), "accessories[" + i + "].amount")));
            }
        }
        return new ComputeInvoiceCommand(r.date(), lines, reductions, r.cashDiscountRate(),
                r.shipping() == null ? null : Amounts.money(r.shipping(), "shipping"),
                r.deposit() == null ? null : Amounts.money(r.deposit(), "deposit"), r.vatRounding(), r.kind(),
                accessories, r.customerVatNumber(), Boolean.TRUE.equals(r.vatOnReceipts()));
    }
}
