package fr.agora.domain.coverage;

/** One cell of a coverage matrix (a competency in a period). */
public enum CellState {
    /** Nothing observed in that period (no evaluation, or only absences such as ABS). */
    NOT_EXERCISED,
    /** Mis en œuvre in that period but not assessed: only non-counting observations such as NE. */
    EXERCISED,
    /** Evaluated, but the period's aggregated score is below the threshold. */
    EVALUATED,
    /** The period's aggregated score reaches the scale's threshold. */
    PROFICIENT
}
