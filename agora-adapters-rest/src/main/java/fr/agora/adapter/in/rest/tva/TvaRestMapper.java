package fr.agora.adapter.in.rest.tva;

import fr.agora.adapter.in.rest.tva.InvoiceDtos.ComputeRequest;
import fr.agora.adapter.in.rest.tva.InvoiceDtos.ComputeResponse;
import fr.agora.adapter.in.rest.tva.InvoiceDtos.MentionsRequest;
import fr.agora.adapter.in.rest.tva.InvoiceDtos.MentionsResponse;
import fr.agora.adapter.in.rest.tva.TvaDtos.BoxDto;
import fr.agora.adapter.in.rest.tva.TvaDtos.Ca12Response;
import fr.agora.adapter.in.rest.tva.TvaDtos.Ca3Request;
import fr.agora.adapter.in.rest.tva.TvaDtos.Ca3Response;
import fr.agora.adapter.in.rest.tva.TvaDtos.ConvertResponse;
import fr.agora.adapter.in.rest.tva.TvaDtos.FranchiseResponse;
import fr.agora.application.port.in.tva.ComputeCa3UseCase;
import fr.agora.application.port.in.tva.ComputeInvoiceCommand;
import fr.agora.domain.invoice.InvoiceComputation;
import fr.agora.domain.invoice.InvoiceHeader;
import fr.agora.domain.invoice.InvoiceLine;
import fr.agora.domain.invoice.MentionsCheck;
import fr.agora.domain.invoice.Reduction;
import fr.agora.domain.shared.Money;
import fr.agora.domain.tva.Amounts;
import fr.agora.domain.tva.Ca12Calculator;
import fr.agora.domain.tva.Ca3Box;
import fr.agora.domain.tva.Ca3Return;
import fr.agora.domain.tva.Franchise;
import fr.agora.domain.tva.Operation;
import fr.agora.domain.tva.VatConversion;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** DTO ↔ domain. Results are mapped by MapStruct; requests by hand, so that each amount's error names its field. */
@Mapper
public interface TvaRestMapper {

    // ---- results → responses (generated)

    @Mapping(target = "vatRounding", source = "rounding")
    ComputeResponse toResponse(InvoiceComputation c);

    MentionsResponse toResponse(MentionsCheck.Result r);

    @Mapping(target = "vatRate", source = "rate.percent")
    ConvertResponse toResponse(VatConversion.Result r);

    @Mapping(target = "source", source = "parameters.source")
    Ca12Response toResponse(Ca12Calculator.Result r);

    @Mapping(target = "source", source = "thresholds.source")
    FranchiseResponse toResponse(Franchise.Assessment a);

    BoxDto toBox(Ca3Box box);

    InvoiceHeader toHeader(MentionsRequest r);

    /** Journal lines show their amount on one side only: the other side is left out (null, not written). */
    default InvoiceDtos.JournalLineDto journalLine(fr.agora.domain.invoice.JournalEntry.Line l) {
        return new InvoiceDtos.JournalLineDto(l.account(), l.label(), l.debit().isZero() ? null : l.debit().amount(),
                l.credit().isZero() ? null : l.credit().amount());
    }

    default BigDecimal money(Money m) {
        return m == null ? null : m.amount();
    }

    default Money money(BigDecimal v) {
        return v == null ? null : Money.of(v);
    }

    default Ca3Response toResponse(Ca3Return r) {
        Map<String, BoxDto> boxes = new LinkedHashMap<>();
        r.boxes().forEach((code, box) -> boxes.put(code, toBox(box)));
        return new Ca3Response(new TvaDtos.Ca3PeriodDto(r.from(), r.to()), boxes, money(r.vatDue()),
                money(r.creditCarriedForward()), money(r.refundRequested()), money(r.roundingDifference()),
                r.roundingAccount(), money(r.exactNetVat()));
    }

    // ---- requests → commands (by hand: field names in errors)

    default ComputeInvoiceCommand toCommand(ComputeRequest r) {
        List<InvoiceLine> lines = new ArrayList<>(r.lines().size());
        for (int i = 0; i < r.lines().size(); i++) {
            var l = r.lines().get(i);
            lines.add(new InvoiceLine(l.label(), l.quantity(), Amounts.money(l.unitPrice(), "lines[" + i + "].unitPrice"),
                    l.vatRate(), l.nature()));
        }
        List<Reduction> reductions = new ArrayList<>();
        if (r.reductions() != null) {
            for (int i = 0; i < r.reductions().size(); i++) {
                var d = r.reductions().get(i);
                reductions.add(new Reduction(d.type(), d.rate(),
                        d.amount() == null ? null : Amounts.money(d.amount(), "reductions[" + i + "].amount")));
            }
        }
        return new ComputeInvoiceCommand(r.date(), lines, reductions, r.cashDiscountRate(),
                r.shipping() == null ? null : Amounts.money(r.shipping(), "shipping"),
                r.deposit() == null ? null : Amounts.money(r.deposit(), "deposit"), r.vatRounding(), r.kind());
    }

    default ComputeCa3UseCase.Command toCommand(Ca3Request r) {
        List<Operation> ops = new ArrayList<>(r.operations().size());
        for (int k = 0; k < r.operations().size(); k++) {
            var o = r.operations().get(k);
            String p = "operations[" + k + "]";
            List<Operation.Payment> pays = new ArrayList<>();
            if (o.payments() != null) {
                for (int i = 0; i < o.payments().size(); i++) {
                    var pay = o.payments().get(i);
                    pays.add(new Operation.Payment(pay.date(), Amounts.money(pay.amount(), p + ".payments[" + i + "].amount")));
                }
            }
            List<Operation.Line> lines = new ArrayList<>(o.lines().size());
            for (int i = 0; i < o.lines().size(); i++) {
                var l = o.lines().get(i);
                lines.add(new Operation.Line(Amounts.money(l.base(), p + ".lines[" + i + "].base"), l.vatRate()));
            }
            ops.add(new Operation(o.kind(), o.nature(), Boolean.TRUE.equals(o.fixedAsset()), Boolean.TRUE.equals(o.vatOnDebits()),
                    o.invoiceDate(), o.deliveryDate(), pays, lines));
        }
        return new ComputeCa3UseCase.Command(r.period().from(), r.period().to(),
                r.previousCredit() == null ? null : Amounts.money(r.previousCredit(), "previousCredit"),
                r.refundRequested() == null ? null : Amounts.money(r.refundRequested(), "refundRequested"), ops);
    }
}
