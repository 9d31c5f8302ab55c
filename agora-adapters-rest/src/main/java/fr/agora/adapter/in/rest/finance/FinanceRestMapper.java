package fr.agora.adapter.in.rest.finance;

import fr.agora.adapter.in.rest.finance.FinanceDtos.FinancialRatiosRequest;
import fr.agora.adapter.in.rest.finance.FinanceDtos.FinancialRatiosResponse;
import fr.agora.adapter.in.rest.finance.FinanceDtos.FunctionalBalanceSheetRequest;
import fr.agora.adapter.in.rest.finance.FinanceDtos.FunctionalBalanceSheetResponse;
import fr.agora.adapter.in.rest.finance.FinanceDtos.SigRequest;
import fr.agora.adapter.in.rest.finance.FinanceDtos.SigResponse;
import fr.agora.domain.finance.FinancialRatios;
import fr.agora.domain.finance.FunctionalBalanceSheet;
import fr.agora.domain.finance.IntermediateBalances;
import fr.agora.domain.shared.Money;
import java.math.BigDecimal;
import org.mapstruct.Mapper;

/** DTO ↔ domain, generated: the DTOs carry the domain's names, so an error raised by the domain names the JSON field. */
@Mapper
public interface FinanceRestMapper {

    FunctionalBalanceSheet.Input toDomain(FunctionalBalanceSheetRequest r);

    IntermediateBalances.IncomeStatement toDomain(SigRequest r);

    FinancialRatios.Input toDomain(FinancialRatiosRequest r);

    FunctionalBalanceSheetResponse toResponse(FunctionalBalanceSheet.Result r);

    SigResponse toResponse(IntermediateBalances.Result r);

    FinancialRatiosResponse toResponse(FinancialRatios.Result r);

    default BigDecimal money(Money m) {
        return m == null ? null : m.amount();
    }

    default Money money(BigDecimal v) {
        return v == null ? null : Money.of(v);
    }
}
