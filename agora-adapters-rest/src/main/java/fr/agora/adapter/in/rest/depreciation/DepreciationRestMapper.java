package fr.agora.adapter.in.rest.depreciation;

import fr.agora.adapter.in.rest.depreciation.DepreciationDtos.DepreciationEntryLineDto;
import fr.agora.adapter.in.rest.depreciation.DepreciationDtos.DepreciationScheduleRequest;
import fr.agora.adapter.in.rest.depreciation.DepreciationDtos.DepreciationScheduleResponse;
import fr.agora.domain.depreciation.DepreciationRequest;
import fr.agora.domain.depreciation.DepreciationSchedule;
import fr.agora.domain.shared.EntryLine;
import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Money;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.MonthDay;
import org.mapstruct.Mapper;

/** DTO ↔ domain: the schedule by MapStruct; the request by hand (the fiscal year end is parsed, its error named). */
@Mapper
public interface DepreciationRestMapper {

    DepreciationScheduleResponse toResponse(DepreciationSchedule schedule);

    default BigDecimal money(Money m) {
        return m == null ? null : m.amount();
    }

    /** A journal line shows its amount on one side only. */
    default DepreciationEntryLineDto entryLine(EntryLine l) {
        return new DepreciationEntryLineDto(l.account(), l.label(), l.debit().isZero() ? null : l.debit().amount(),
                l.credit().isZero() ? null : l.credit().amount());
    }

    default DepreciationRequest toDomain(DepreciationScheduleRequest r) {
        MonthDay end = null;
        if (r.fiscalYearEnd() != null) {
            try {
                end = MonthDay.parse("--" + r.fiscalYearEnd());
            } catch (DateTimeException e) {
                throw new InvalidInputException("fiscalYearEnd", "must be a month-day MM-DD such as 12-31");
            }
        }
        return new DepreciationRequest(r.method(), Money.of(r.cost()), r.usefulLifeYears(), r.inServiceDate(), end,
                r.dayCount(), r.assetAccount());
    }
}
