package fr.agora.domain.invoice;

/** Réductions commerciales, applied in cascade in the order given. */
public enum ReductionType {
    /** Remise: for the volume ordered or the customer's status. */
    REMISE,
    /** Rabais: for a quality defect or a non-conformity. */
    RABAIS,
    /** Ristourne: on the turnover of a period. */
    RISTOURNE
}
