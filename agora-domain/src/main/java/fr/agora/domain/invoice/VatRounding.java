package fr.agora.domain.invoice;

/**
 * Where the invoice rounds its TVA to the cent (both practices are accepted, RULES-REFERENCE §1.7).
 * {@link #PER_RATE} is the default: the legal display is "le total HT par taux et la TVA correspondante".
 */
public enum VatRounding {
    /** TVA = (Σ bases at the rate) × rate, rounded once per rate (rounding of the sum). */
    PER_RATE,
    /** TVA = Σ round(base of each line × rate) (sum of the rounded lines); frais de port count as one line. */
    PER_LINE
}
