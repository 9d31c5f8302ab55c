package fr.agora.domain.tva;

/** The nature of an operation: it decides the exigibilité of the TVA and the revenue account (707 / 706). */
public enum Nature {
    /** Livraison de biens: TVA due at delivery (or on an acompte received before). */
    GOODS,
    /** Prestation de services: TVA due on payment, or at invoicing with the option pour les débits. */
    SERVICES
}
