package fr.agora.application.service.grid;

import fr.agora.application.port.in.grid.GetStudentGridUseCase;
import fr.agora.application.port.in.grid.StudentGridCommand;
import fr.agora.application.port.out.grid.LoadGridLayoutPort;
import fr.agora.application.service.assessment.StudentRecords;
import fr.agora.domain.grid.GridSheet;
import fr.agora.domain.grid.StudentGrid;

/**
 * One student's PFMP grid sheet (seed 003): who may see the student, and which periods, is decided by
 * {@link StudentRecords.Ports#read}; a tutor's sheet has only their periods' columns and placements.
 */
public final class GetStudentGridService implements GetStudentGridUseCase {

    private final StudentRecords.Ports records;
    private final LoadGridLayoutPort layouts;

    public GetStudentGridService(StudentRecords.Ports records, LoadGridLayoutPort layouts) {
        this.records = records;
        this.layouts = layouts;
    }

    @Override
    public GridSheet studentGrid(StudentGridCommand command) {
        StudentRecords r = records.read(command.caller(), command.studentId(), command.policy());
        StudentGrid grid = StudentGrid.of(r.framework(), r.student().id(), r.effective(), r.scales(), r.policy(),
                r.view().columns(r.cohort().plannedPeriods()));
        return new GridSheet(GridLookups.schoolName(records.establishments(), command.caller()), r.cohort(), r.student(),
                r.view().placements(records.placements().loadPlacementsOfStudent(command.caller().uai(), r.student().id())),
                GridLookups.layout(layouts, r.cohort()), grid);
    }
}
