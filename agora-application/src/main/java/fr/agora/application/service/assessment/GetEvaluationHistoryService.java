package fr.agora.application.service.assessment;

import fr.agora.application.port.in.assessment.GetEvaluationHistoryUseCase;
import fr.agora.application.port.in.shared.Caller;
import fr.agora.application.port.in.shared.Page;
import fr.agora.application.port.out.assessment.LoadEvaluationsPort;
import fr.agora.application.port.out.school.LoadPlacementsPort;
import fr.agora.application.port.out.school.LoadStudentPort;
import fr.agora.application.service.school.SchoolLookups;
import fr.agora.domain.assessment.Evaluation;
import fr.agora.domain.school.Student;

/** A student's evaluation history, superseded records included, oldest first. */
public final class GetEvaluationHistoryService implements GetEvaluationHistoryUseCase {

    private final LoadStudentPort loadStudents;
    private final LoadPlacementsPort loadPlacements;
    private final LoadEvaluationsPort evaluations;

    public GetEvaluationHistoryService(LoadStudentPort loadStudents, LoadPlacementsPort loadPlacements, LoadEvaluationsPort evaluations) {
        this.loadStudents = loadStudents;
        this.loadPlacements = loadPlacements;
        this.evaluations = evaluations;
    }

    @Override
    public Page<Evaluation> history(Caller caller, String studentId, String competency, int page, int size) {
        int offset = Page.offset(page, size);
        Student s = SchoolLookups.visibleStudent(loadStudents, loadPlacements, caller, studentId);
        String code = competency == null || competency.isBlank() ? null : competency.trim();
        // paged in the store: a history grows with every evaluation (superseded records included)
        return new Page<>(evaluations.listEvaluationsOfStudent(caller.uai(), s.id(), code, offset, size), page, size,
                evaluations.countEvaluationsOfStudent(caller.uai(), s.id(), code));
    }
}
