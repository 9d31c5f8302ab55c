package fr.agora.domain.grid;

import java.util.Set;

/**
 * One cell of the PFMP grid (a competency in a period): whether it was <em>mis en œuvre</em>, the level reached when
 * it was assessed (the period's aggregated level in the current scale, {@code null} when only non-counting
 * observations such as NE were made), whether that level is proficient, and the criteria, complexity factors and
 * aléas observed in that period.
 */
public record GridCell(boolean misEnOeuvre, String levelCode, boolean proficient, Set<String> criteria,
                       Set<String> complexityFactors, Set<String> aleas) {

    /** Nothing observed. */
    public static final GridCell EMPTY = new GridCell(false, null, false, Set.of(), Set.of(), Set.of());

    public GridCell {
        criteria = Set.copyOf(criteria);
        complexityFactors = Set.copyOf(complexityFactors);
        aleas = Set.copyOf(aleas);
        if (!misEnOeuvre && levelCode != null) throw new IllegalArgumentException("a level needs the competency mis en œuvre");
    }

    /** Assessed: mis en œuvre with a level. */
    public boolean assessed() {
        return levelCode != null;
    }
}
