package fr.agora.adapter.in.rest.tva;

import fr.agora.adapter.in.rest.tva.TvaDtos.Ca3BoxDto;
import fr.agora.adapter.in.rest.tva.TvaDtos.Ca12Response;
import fr.agora.adapter.in.rest.tva.TvaDtos.Ca3Request;
import fr.agora.adapter.in.rest.tva.TvaDtos.Ca3Response;
import fr.agora.adapter.in.rest.tva.TvaDtos.TvaConvertResponse;
import fr.agora.adapter.in.rest.tva.TvaDtos.FranchiseResponse;
import fr.agora.adapter.in.rest.tva.TvaDtos.MarginVatResponse;
import fr.agora.adapter.in.rest.tva.TvaDtos.VatDeductionResponse;
import fr.agora.application.port.in.tva.ComputeCa3Command;
import fr.agora.domain.shared.Money;
import fr.agora.domain.tva.Amounts;
import fr.agora.domain.tva.Ca12Calculator;
import fr.agora.domain.tva.Ca3Box;
import fr.agora.domain.tva.Ca3Return;
import fr.agora.domain.tva.Franchise;
import fr.agora.domain.tva.MarginScheme;
import fr.agora.domain.tva.Operation;
import fr.agora.domain.tva.VatConversion;
import fr.agora.domain.tva.VatDeduction;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** TVA DTOs ↔ domain. Results are mapped by MapStruct; requests by hand, so that each amount's error names its field. */
@Mapper
public interface TvaRestMapper {

    // ---- results → responses (generated)

    @Mapping(target = "vatRate", source = "rate.percent")
    TvaConvertResponse toResponse(VatConversion.Result r);

    @Mapping(target = "source", source = "parameters.source")
    Ca12Response toResponse(Ca12Calculator.Result r);

    @Mapping(target = "source", source = "thresholds.source")
    FranchiseResponse toResponse(Franchise.Assessment a);

    MarginVatResponse toResponse(MarginScheme.Result r);

    VatDeductionResponse toResponse(VatDeduction.Result r);

    Ca3BoxDto toBox(Ca3Box box);

    default BigDecimal money(Money m) {
        return m == null ? null : m.amount();
    }

    default Money money(BigDecimal v) {
        return v == null ? null : Money.of(v);
    }

    default Ca3Response toResponse(Ca3Return r) {
        Map<String, Ca3BoxDto> boxes = new LinkedHashMap<>();
        r.boxes().forEach((code, box) -> boxes.put(code, toBox(box)));
        return new Ca3Response(new TvaDtos.TvaPeriodDto(r.from(), r.to()), boxes, money(r.vatDue()),
                money(r.creditCarriedForward()), money(r.refundRequested()), money(r.roundingDifference()),
                r.roundingAccount(), money(r.exactNetVat()));
    }

    // ---- requests → commands (by hand: field names in errors)

    default ComputeCa3Command toCommand(Ca3Request r) {
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
                lines.add(new Operation.Line(Amounts.money(l.base(), p + ".lines[" + i + "].base"), l.vatRate(), l.exemption()));
            }
            ops.add(new Operation(o.kind(), o.nature(), Boolean.TRUE.equals(o.fixedAsset()), Boolean.TRUE.equals(o.vatOnDebits()),
                    o.invoiceDate(), o.deliveryDate(), pays, lines));
        }
        return new ComputeCa3Command(r.period().from(), r.period().to(),
                r.previousCredit() == null ? null : Amounts.money(r.previousCredit(), "previousCredit"),
                r.refundRequested() == null ? null : Amounts.money(r.refundRequested(), "refundRequested"), ops);
    }
}
