package fr.agora.domain.coverage;

/** One cell of a coverage matrix (a competency in a period). */
public enum CellState {
    /** No counting evaluation in that period (NE/ABS alone leave a cell not exercised). */
    NOT_EXERCISED,
    /** Evaluated, but the period's aggregated score is below the threshold. */
    EVALUATED,
    /** The period's aggregated score reaches the scale's threshold. */
    PROFICIENT
}
