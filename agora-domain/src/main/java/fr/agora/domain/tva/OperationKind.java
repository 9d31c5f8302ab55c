package fr.agora.domain.tva;

/** What an operation is for the TVA return. */
public enum OperationKind {
    /** A sale: TVA collectée on the rate lines. */
    SALE,
    /** An avoir issued to a customer: reduces the TVA collectée (line 21 / B5 when the period is negative). */
    SALE_CREDIT_NOTE,
    /** A purchase of goods or services (line 20) or of a fixed asset (line 19). */
    PURCHASE,
    /** An avoir received from a supplier: reduces the deductible TVA (line 15 when negative). */
    PURCHASE_CREDIT_NOTE,
    /** An intra-EU acquisition, self-assessed (autoliquidation): collected and deductible, net zero. */
    INTRA_EU_ACQUISITION
}
