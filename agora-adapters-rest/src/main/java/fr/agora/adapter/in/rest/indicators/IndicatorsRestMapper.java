package fr.agora.adapter.in.rest.indicators;

import fr.agora.adapter.in.rest.indicators.IndicatorsDtos.CommercialIndicatorsRequest;
import fr.agora.adapter.in.rest.indicators.IndicatorsDtos.CommercialIndicatorsResponse;
import fr.agora.adapter.in.rest.indicators.IndicatorsDtos.HrIndicatorsRequest;
import fr.agora.adapter.in.rest.indicators.IndicatorsDtos.HrIndicatorsResponse;
import fr.agora.application.port.in.indicators.ComputeCommercialIndicatorsCommand;
import fr.agora.application.port.in.indicators.ComputeHrIndicatorsCommand;
import fr.agora.domain.indicators.Absence;
import fr.agora.domain.indicators.CommercialIndicators;
import fr.agora.domain.indicators.HrIndicators;
import fr.agora.domain.indicators.Quote;
import fr.agora.domain.indicators.Sale;
import fr.agora.domain.indicators.StaffMember;
import fr.agora.domain.shared.IndexedInput;
import fr.agora.domain.shared.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.mapstruct.Mapper;

/** DTO ↔ domain; results by MapStruct, requests by hand so that errors name {@code staff[i].field}. */
@Mapper
public interface IndicatorsRestMapper {

    HrIndicatorsResponse toResponse(HrIndicators hr);

    CommercialIndicatorsResponse toResponse(CommercialIndicators c);

    default BigDecimal amount(Money m) {
        return m == null ? null : m.amount();
    }

    default ComputeHrIndicatorsCommand toCommand(HrIndicatorsRequest r) {
        List<StaffMember> staff = indexed(r.staff(), "staff", m -> new StaffMember(m.id(), m.gender(), m.birthDate(),
                m.hireDate(), m.exitDate(), m.weeklyHours(), m.monthlyGross() == null ? null : Money.of(m.monthlyGross())));
        List<Absence> absences = indexed(r.absences() == null ? List.of() : r.absences(), "absences",
                a -> new Absence(a.memberId(), a.kind(), a.from(), a.to()));
        return new ComputeHrIndicatorsCommand(staff, absences, r.from(), r.to());
    }

    default ComputeCommercialIndicatorsCommand toCommand(CommercialIndicatorsRequest r) {
        List<Sale> sales = indexed(r.sales(), "sales", s -> new Sale(s.date(), s.orderId(), s.customerType(), s.product(),
                s.quantity(), Money.of(s.unitPrice()), Money.of(s.unitCost())));
        List<Quote> quotes = indexed(r.quotes() == null ? List.of() : r.quotes(), "quotes",
                q -> new Quote(q.id(), q.date(), q.status()));
        return new ComputeCommercialIndicatorsCommand(sales, quotes, r.referenceMonth());
    }

    /** Maps each element, re-raising a domain error under {@code name[i]}. */
    private static <T, R> List<R> indexed(List<T> in, String name, Function<T, R> f) {
        return IndexedInput.map(in, name, f);
    }
}
