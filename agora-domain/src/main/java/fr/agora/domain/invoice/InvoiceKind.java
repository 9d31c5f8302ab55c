package fr.agora.domain.invoice;

/** A facture, or an avoir (credit note) that reverses all or part of an invoice at the same rates. */
public enum InvoiceKind { INVOICE, CREDIT_NOTE }
