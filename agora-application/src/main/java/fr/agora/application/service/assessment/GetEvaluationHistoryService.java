package fr.agora.application.service.assessment;

import fr.agora.application.port.in.assessment.GetEvaluationHistoryUseCase;
import fr.agora.application.port.in.shared.Caller;
import fr.agora.application.port.in.shared.Page;
import fr.agora.application.port.out.assessment.LoadEvaluationsPort;
import fr.agora.application.port.out.school.LoadPlacementsPort;
import fr.agora.application.port.out.school.LoadStudentPort;
import fr.agora.application.service.school.SchoolLookups;
import fr.agora.application.service.school.TutorView;
import fr.agora.domain.assessment.Evaluation;
import fr.agora.domain.school.Student;

/** A student's evaluation history, superseded records included, oldest first; a tutor's as their {@link TutorView} lets it through. */
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
        SchoolLookups.VisibleStudent visible = SchoolLookups.studentInView(loadStudents, loadPlacements, caller, studentId);
        Student s = visible.student();
        String code = competency == null || competency.isBlank() ? null : competency.trim();
        if (visible.view().restricted()) {
            // a tutor: the view needs the whole chain of each record (whose comment is a tutor's) and keeps only their
            // periods of this one student, so it is applied to the full history and that small result paged in memory
            return Page.slice(visible.view().evaluations(evaluations.loadEvaluationsOfStudent(caller.uai(), s.id())).stream()
                    .filter(e -> code == null || e.competencyCode().equals(code))
                    .sorted(Evaluation.CHRONOLOGICAL)
                    .toList(), page, size);
        }
        // paged in the store: a history grows with every evaluation (superseded records included)
        return new Page<>(evaluations.listEvaluationsOfStudent(caller.uai(), s.id(), code, offset, size), page, size,
                evaluations.countEvaluationsOfStudent(caller.uai(), s.id(), code));
    }
}
