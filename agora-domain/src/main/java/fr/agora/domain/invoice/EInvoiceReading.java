package fr.agora.domain.invoice;

import fr.agora.domain.invoice.InvoiceComputation.VatAmount;
import fr.agora.domain.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a structured e-invoice says, read back: the parties, the lines, the document-level allowances and charges per
 * rate (EN 16931 carries the reductions, escompte and accessory charges that way), the TVA breakdown and the totals
 * as the document declares them.
 *
 * @param lineTotal    Σ line net amounts (BT-106)
 * @param totalExclVat total HT (BT-109)
 * @param totalVat     TVA total (BT-110)
 * @param totalInclVat TTC (BT-112)
 * @param prepaid      acompte already paid (BT-113)
 * @param amountDue    amount due (BT-115)
 */
public record EInvoiceReading(String number, LocalDate issueDate, InvoiceKind kind, EInvoiceParty seller, EInvoiceParty buyer,
                              List<InvoiceLine> lines, List<Adjustment> allowances, List<Adjustment> charges,
                              List<VatAmount> vat, Money lineTotal, Money totalExclVat, Money totalVat, Money totalInclVat,
                              Money prepaid, Money amountDue, List<String> notes) {

    public EInvoiceReading {
        lines = List.copyOf(lines);
        allowances = List.copyOf(allowances);
        charges = List.copyOf(charges);
        vat = List.copyOf(vat);
        notes = List.copyOf(notes);
    }

    /** A document-level allowance or charge at one rate. */
    public record Adjustment(BigDecimal vatRate, Money amount, String reason) {
    }
}
