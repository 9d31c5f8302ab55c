package fr.agora.adapter.in.rest.travel;

import fr.agora.adapter.in.rest.travel.TravelDtos.ExpenseClaimRequest;
import fr.agora.adapter.in.rest.travel.TravelDtos.ExpenseClaimResponse;
import fr.agora.adapter.in.rest.travel.TravelDtos.MileageAllowanceRequest;
import fr.agora.adapter.in.rest.travel.TravelDtos.MileageAllowanceResponse;
import fr.agora.adapter.in.rest.travel.TravelDtos.TripForecastRequest;
import fr.agora.application.port.in.travel.CheckExpenseClaimCommand;
import fr.agora.application.port.in.travel.ComputeMileageAllowanceCommand;
import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Money;
import fr.agora.domain.travel.ExpenseCategory;
import fr.agora.domain.travel.ExpenseClaim;
import fr.agora.domain.travel.ExpenseItem;
import fr.agora.domain.travel.MileageAllowance;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.mapstruct.Mapper;

/** DTO ↔ domain. Results are mapped by MapStruct; requests by hand, so that each item's error names its index. */
@Mapper
public interface TravelRestMapper {

    MileageAllowanceResponse toResponse(MileageAllowance a);

    ExpenseClaimResponse toResponse(ExpenseClaim c);

    default BigDecimal amount(Money m) {
        return m == null ? null : m.amount();
    }

    default ComputeMileageAllowanceCommand toCommand(MileageAllowanceRequest r) {
        return new ComputeMileageAllowanceCommand(r.year(), r.vehicle(), r.fiscalHorsepower(), r.distanceKm(),
                Boolean.TRUE.equals(r.electric()));
    }

    default CheckExpenseClaimCommand toCommand(ExpenseClaimRequest r) {
        List<ExpenseItem> items = new ArrayList<>(r.items().size());
        for (int i = 0; i < r.items().size(); i++) {
            var it = r.items().get(i);
            try {
                items.add(new ExpenseItem(it.type(), it.quantity(), Money.of(it.amountPerUnit())));
            } catch (InvalidInputException e) {
                throw e.under("items[" + i + "]");
            }
        }
        Map<ExpenseCategory, Money> forecast = new EnumMap<>(ExpenseCategory.class);
        List<TripForecastRequest> entries = r.forecast() == null ? List.of() : r.forecast();
        for (int i = 0; i < entries.size(); i++) {
            if (forecast.put(entries.get(i).category(), Money.of(entries.get(i).amount())) != null) {
                throw new InvalidInputException("forecast[" + i + "].category", "category given twice");
            }
        }
        return new CheckExpenseClaimCommand(r.date(), items, forecast);
    }
}
