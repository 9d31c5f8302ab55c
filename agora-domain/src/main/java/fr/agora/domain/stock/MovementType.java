package fr.agora.domain.stock;

/** A receipt (entrée) or an exit (sortie). */
public enum MovementType {
    IN,
    OUT
}
