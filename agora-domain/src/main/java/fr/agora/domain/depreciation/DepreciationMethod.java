package fr.agora.domain.depreciation;

/** Amortissement linéaire or dégressif (fiscal). */
public enum DepreciationMethod {
    STRAIGHT_LINE,
    DECLINING_BALANCE
}
