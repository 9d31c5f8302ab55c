package fr.agora.adapter.in.rest.stock;

import fr.agora.adapter.in.rest.stock.StockDtos.PurchaseCostRequest;
import fr.agora.adapter.in.rest.stock.StockDtos.PurchaseCostResponse;
import fr.agora.adapter.in.rest.stock.StockDtos.ReplenishmentRequest;
import fr.agora.adapter.in.rest.stock.StockDtos.ReplenishmentResponse;
import fr.agora.adapter.in.rest.stock.StockDtos.StockLedgerRequest;
import fr.agora.adapter.in.rest.stock.StockDtos.StockLedgerResponse;
import fr.agora.adapter.in.rest.stock.StockDtos.StockMovementDto;
import fr.agora.adapter.in.rest.stock.StockDtos.StockRotationRequest;
import fr.agora.adapter.in.rest.stock.StockDtos.StockRotationResponse;
import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Money;
import fr.agora.domain.stock.PurchaseCost;
import fr.agora.domain.stock.Replenishment;
import fr.agora.domain.stock.StockLedger;
import fr.agora.domain.stock.StockLedgerRow;
import fr.agora.domain.stock.StockMovement;
import fr.agora.domain.stock.StockOpening;
import fr.agora.domain.stock.StockRotation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.mapstruct.Mapper;

/** DTO ↔ domain. Results by MapStruct; requests by hand, so that a domain error names the field as the caller sent it. */
@Mapper
public interface StockRestMapper {

    StockLedgerResponse toResponse(StockLedger ledger);

    ReplenishmentResponse toResponse(Replenishment.Result result);

    StockRotationResponse toResponse(StockRotation.Result result);

    PurchaseCostResponse toResponse(PurchaseCost.Result result);

    /** Rows hold fixed-point values (a million rows stay small): their decimals come from the row's accessors. */
    default StockDtos.StockLedgerRowDto row(StockLedgerRow r) {
        return new StockDtos.StockLedgerRowDto(r.date(), r.type(), r.quantity(), r.unitCost(), r.amount().amount(),
                r.stockQuantity(), r.stockValue().amount(), r.averageCost(), r.revaluation().amount());
    }

    default BigDecimal money(Money m) {
        return m == null ? null : m.amount();
    }

    default fr.agora.domain.stock.StockLedgerRequest toDomain(StockLedgerRequest r) {
        List<StockMovement> movements = new ArrayList<>(r.movements().size());
        for (int i = 0; i < r.movements().size(); i++) {
            StockMovementDto m = r.movements().get(i);
            try {
                movements.add(new StockMovement(m.date(), m.type(), m.quantity(), m.unitCost()));
            } catch (InvalidInputException e) {
                throw e.under("movements[" + i + "]");
            }
        }
        StockOpening opening = r.opening() == null ? null : new StockOpening(r.opening().quantity(), r.opening().unitCost());
        return new fr.agora.domain.stock.StockLedgerRequest(r.method(), opening, movements, r.rounding(),
                Boolean.TRUE.equals(r.allowNegativeStock()));
    }

    default Replenishment.Request toDomain(ReplenishmentRequest r) {
        return new Replenishment.Request(r.dailyConsumption(), r.leadTimeDays(), r.safetyStock(), r.currentStock(),
                r.onOrder(), r.reserved(), r.annualDemand(), r.orderCost(), r.holdingCostRate(), r.unitCost());
    }

    default StockRotation.Request toDomain(StockRotationRequest r) {
        return new StockRotation.Request(r.costOfGoodsSold(), r.openingStock(), r.closingStock(), r.periodDays());
    }

    default PurchaseCost.Request toDomain(PurchaseCostRequest r) {
        return new PurchaseCost.Request(r.quantity(), r.grossUnitPrice(), r.reductionRates(), r.transport(), r.otherCosts());
    }
}
