package fr.agora.application.port.in.grid;

import fr.agora.domain.grid.GridSheet;

/**
 * One student's PFMP grid as seed 003 lays it out, with the printed header: each cell says whether the competency was
 * mis en œuvre in the period and the level reached when it was assessed. Teachers, school admins, the ENT, and the
 * student's tutors (those a placement names).
 */
public interface GetStudentGridUseCase {
    GridSheet studentGrid(StudentGridCommand command);
}
