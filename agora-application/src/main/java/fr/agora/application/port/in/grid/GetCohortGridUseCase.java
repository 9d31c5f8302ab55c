package fr.agora.application.port.in.grid;

import fr.agora.domain.grid.CohortGrid;

/** A cohort's PFMP grids (every student's sheet) and the counts per cell. Not for tutors. */
public interface GetCohortGridUseCase {
    CohortGrid cohortGrid(CohortGridCommand command);
}
