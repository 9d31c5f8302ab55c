package fr.agora.adapter.in.rest.provision;

import fr.agora.adapter.in.rest.provision.ProvisionDtos.DoubtfulReceivableDto;
import fr.agora.adapter.in.rest.provision.ProvisionDtos.DoubtfulReceivablesResponse;
import fr.agora.adapter.in.rest.provision.ProvisionDtos.ProvisionEntryLineDto;
import fr.agora.adapter.in.rest.provision.ProvisionDtos.StockDepreciationItemDto;
import fr.agora.adapter.in.rest.provision.ProvisionDtos.StockDepreciationResponse;
import fr.agora.domain.provision.DoubtfulReceivables;
import fr.agora.domain.provision.StockDepreciation;
import fr.agora.domain.shared.EntryLine;
import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.mapstruct.Mapper;

/** DTO ↔ domain. Results by MapStruct; list items by hand so that a domain error names {@code receivables[i].…}. */
@Mapper
public interface ProvisionRestMapper {

    DoubtfulReceivablesResponse toResponse(DoubtfulReceivables.Result r);

    StockDepreciationResponse toResponse(StockDepreciation.Result r);

    default BigDecimal money(Money m) {
        return m == null ? null : m.amount();
    }

    default ProvisionEntryLineDto entryLine(EntryLine l) {
        return new ProvisionEntryLineDto(l.account(), l.label(), l.debit().isZero() ? null : l.debit().amount(),
                l.credit().isZero() ? null : l.credit().amount());
    }

    default List<DoubtfulReceivables.Receivable> receivables(List<DoubtfulReceivableDto> rs) {
        List<DoubtfulReceivables.Receivable> out = new ArrayList<>(rs.size());
        for (int i = 0; i < rs.size(); i++) {
            DoubtfulReceivableDto r = rs.get(i);
            try {
                out.add(new DoubtfulReceivables.Receivable(r.customer(), Money.of(r.amountInclVat()), r.vatRate(),
                        r.lossRate(), r.previousProvision() == null ? null : Money.of(r.previousProvision())));
            } catch (InvalidInputException e) {
                throw e.under("receivables[" + i + "]");
            }
        }
        return out;
    }

    default List<StockDepreciation.Item> items(List<StockDepreciationItemDto> is) {
        List<StockDepreciation.Item> out = new ArrayList<>(is.size());
        for (int i = 0; i < is.size(); i++) {
            StockDepreciationItemDto it = is.get(i);
            try {
                out.add(new StockDepreciation.Item(it.stockAccount(), Money.of(it.grossValue()), Money.of(it.currentValue()),
                        it.previousDepreciation() == null ? null : Money.of(it.previousDepreciation())));
            } catch (InvalidInputException e) {
                throw e.under("items[" + i + "]");
            }
        }
        return out;
    }
}
