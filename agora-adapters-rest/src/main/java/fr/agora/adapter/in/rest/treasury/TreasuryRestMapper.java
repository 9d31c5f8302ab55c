package fr.agora.adapter.in.rest.treasury;

import fr.agora.adapter.in.rest.treasury.TreasuryDtos.CafRequest;
import fr.agora.adapter.in.rest.treasury.TreasuryDtos.CafResponse;
import fr.agora.adapter.in.rest.treasury.TreasuryDtos.CashBudgetResponse;
import fr.agora.adapter.in.rest.treasury.TreasuryDtos.CashCountResponse;
import fr.agora.adapter.in.rest.treasury.TreasuryDtos.CashDenominationDto;
import fr.agora.adapter.in.rest.treasury.TreasuryDtos.TreasuryEntryLineDto;
import fr.agora.domain.shared.EntryLine;
import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Money;
import fr.agora.domain.treasury.CashBudget;
import fr.agora.domain.treasury.CashCount;
import fr.agora.domain.treasury.SelfFinancingCapacity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.mapstruct.Mapper;

/** DTO ↔ domain. Results by MapStruct; list items by hand so that a domain error names {@code months[i].…}. */
@Mapper
public interface TreasuryRestMapper {

    CashBudgetResponse toResponse(CashBudget.Result r);

    CashCountResponse toResponse(CashCount.Result r);

    CafResponse toResponse(SelfFinancingCapacity.Result r);

    default BigDecimal money(Money m) {
        return m == null ? null : m.amount();
    }

    default Money money(BigDecimal v) {
        return v == null ? null : Money.of(v);
    }

    default TreasuryEntryLineDto entryLine(EntryLine l) {
        return new TreasuryEntryLineDto(l.account(), l.label(), l.debit().isZero() ? null : l.debit().amount(),
                l.credit().isZero() ? null : l.credit().amount());
    }

    default List<CashBudget.Month> months(List<TreasuryDtos.CashBudgetMonthDto> months) {
        List<CashBudget.Month> out = new ArrayList<>(months.size());
        for (int i = 0; i < months.size(); i++) {
            TreasuryDtos.CashBudgetMonthDto m = months.get(i);
            try {
                out.add(new CashBudget.Month(m.label(), money(m.receipts()), money(m.payments())));
            } catch (InvalidInputException e) {
                throw e.under("months[" + i + "]");
            }
        }
        return out;
    }

    default List<CashCount.Denomination> denominations(List<CashDenominationDto> ds) {
        if (ds == null) {
            return null;
        }
        List<CashCount.Denomination> out = new ArrayList<>(ds.size());
        for (int i = 0; i < ds.size(); i++) {
            try {
                out.add(new CashCount.Denomination(ds.get(i).faceValue(), ds.get(i).count()));
            } catch (InvalidInputException e) {
                throw e.under("denominations[" + i + "]");
            }
        }
        return out;
    }

    default SelfFinancingCapacity.Input toDomain(CafRequest r) {
        return new SelfFinancingCapacity.Input(money(r.netResult()), orZero(r.depreciationAllowances()),
                orZero(r.reversals()), orZero(r.bookValueOfAssetsSold()), orZero(r.proceedsOfAssetsSold()),
                orZero(r.investmentSubsidiesReleased()), orZero(r.dividends()));
    }

    private static Money orZero(BigDecimal v) {
        return v == null ? Money.ZERO : Money.of(v);
    }
}
