package fr.agora.application.service.assessment;

import fr.agora.application.port.in.assessment.GetEvaluationHistoryUseCase;
import fr.agora.application.port.in.shared.Caller;
import fr.agora.application.port.out.assessment.LoadEvaluationsPort;
import fr.agora.application.port.out.school.LoadPlacementsPort;
import fr.agora.application.port.out.school.LoadStudentPort;
import fr.agora.application.service.school.SchoolLookups;
import fr.agora.application.service.school.TutorView;
import fr.agora.domain.assessment.Evaluation;
import fr.agora.domain.school.Student;
import java.util.List;

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
    public List<Evaluation> history(Caller caller, String studentId, String competency) {
        SchoolLookups.VisibleStudent visible = SchoolLookups.studentInView(loadStudents, loadPlacements, caller, studentId);
        Student s = visible.student();
        return visible.view().evaluations(evaluations.loadEvaluationsOfStudent(caller.uai(), s.id())).stream()
                .filter(e -> competency == null || competency.isBlank() || e.competencyCode().equals(competency.trim()))
                .sorted(Evaluation.CHRONOLOGICAL)
                .toList();
    }
}
