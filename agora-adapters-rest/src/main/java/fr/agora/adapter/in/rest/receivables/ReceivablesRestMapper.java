package fr.agora.adapter.in.rest.receivables;

import fr.agora.adapter.in.rest.receivables.ReceivablesDtos.ReceivablesAgedItemDto;
import fr.agora.adapter.in.rest.receivables.ReceivablesDtos.ReceivablesAgeingRequest;
import fr.agora.adapter.in.rest.receivables.ReceivablesDtos.ReceivablesAgeingResponse;
import fr.agora.adapter.in.rest.receivables.ReceivablesDtos.ReceivablesCustomerDto;
import fr.agora.application.port.in.receivables.AgeReceivablesCommand;
import fr.agora.domain.receivables.AgeingBucket;
import fr.agora.domain.receivables.AgeingReport;
import fr.agora.domain.receivables.OpenItem;
import fr.agora.domain.receivables.PenaltyTerms;
import fr.agora.domain.receivables.ReminderPolicy;
import fr.agora.domain.shared.Money;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** DTO ↔ domain. The report is mapped by MapStruct; the request by hand (absent policy and terms stay absent). */
@Mapper
public interface ReceivablesRestMapper {

    ReceivablesAgeingResponse toResponse(AgeingReport r);

    @Mapping(target = "penalties", source = "penalty.interest")
    @Mapping(target = "indemnity", source = "penalty.indemnity")
    @Mapping(target = "penaltyPeriods", source = "penalty.periods")
    ReceivablesAgedItemDto toItem(AgeingReport.AgedItem item);

    ReceivablesCustomerDto toCustomer(AgeingReport.CustomerAgeing c);

    default BigDecimal money(Money m) {
        return m == null ? null : m.amount();
    }

    /** Buckets in their order, by name. */
    default Map<String, BigDecimal> totals(Map<AgeingBucket, Money> m) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k.name(), v.amount()));
        return out;
    }

    default AgeReceivablesCommand toCommand(ReceivablesAgeingRequest r) {
        List<OpenItem> items = r.items().stream()
                .map(i -> new OpenItem(i.id(), i.customer(), i.dueDate(), Money.of(i.amount()))).toList();
        ReminderPolicy policy = r.policy() == null ? null : new ReminderPolicy(r.policy().firstReminderDays(),
                r.policy().secondReminderDays(), r.policy().formalNoticeDays(), r.policy().litigationDays());
        PenaltyTerms terms = r.penaltyTerms() == null ? null
                : new PenaltyTerms(r.penaltyTerms().contractualRatePercent());
        return new AgeReceivablesCommand(r.date(), items, policy, terms);
    }
}
