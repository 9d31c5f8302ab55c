package fr.agora.adapter.in.rest.invoice;

import fr.agora.adapter.in.rest.invoice.FacturXDtos.FacturXAdjustmentDto;
import fr.agora.adapter.in.rest.invoice.FacturXDtos.FacturXLineDto;
import fr.agora.adapter.in.rest.invoice.FacturXDtos.FacturXPartyDto;
import fr.agora.adapter.in.rest.invoice.FacturXDtos.FacturXReadResponse;
import fr.agora.adapter.in.rest.invoice.FacturXDtos.FacturXRequest;
import fr.agora.adapter.in.rest.invoice.FacturXDtos.FacturXVatDto;
import fr.agora.application.port.in.invoice.ComputeInvoiceCommand;
import fr.agora.application.port.in.invoice.GenerateFacturXCommand;
import fr.agora.domain.invoice.EInvoiceParty;
import fr.agora.domain.invoice.EInvoiceReading;
import fr.agora.domain.invoice.InvoiceComputation.VatAmount;
import fr.agora.domain.invoice.InvoiceLine;
import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Money;
import java.math.BigDecimal;
import org.mapstruct.Mapper;

/** Factur-X DTOs ↔ domain; the invoice itself goes through the invoice mapper, so both endpoints read it alike. */
@Mapper
public interface FacturXRestMapper {

    FacturXReadResponse toResponse(EInvoiceReading reading);

    FacturXPartyDto toDto(EInvoiceParty party);

    FacturXLineDto toDto(InvoiceLine line);

    FacturXAdjustmentDto toDto(EInvoiceReading.Adjustment adjustment);

    FacturXVatDto toDto(VatAmount vat);

    default BigDecimal amount(Money m) {
        return m == null ? null : m.amount();
    }

    default GenerateFacturXCommand toCommand(FacturXRequest r, InvoiceRestMapper invoices) {
        ComputeInvoiceCommand invoice;
        try {
            invoice = invoices.toCommand(r.invoice());
        } catch (InvalidInputException e) {
            throw e.under("invoice"); // invoice.lines[2].unitPrice
        }
        return new GenerateFacturXCommand(r.number(), r.issueDate(), r.dueDate(), party(r.seller(), "seller"),
                party(r.buyer(), "buyer"), invoice);
    }

    private static EInvoiceParty party(FacturXPartyDto p, String field) {
        try {
            return new EInvoiceParty(p.name(), p.siren(), p.vatNumber(), p.street(), p.postcode(), p.city(), p.countryCode());
        } catch (InvalidInputException e) {
            throw e.under(field);
        }
    }
}
