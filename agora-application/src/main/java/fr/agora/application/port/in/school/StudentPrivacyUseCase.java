package fr.agora.application.port.in.school;

import fr.agora.application.port.in.shared.Caller;
import fr.agora.domain.assessment.Evaluation;
import fr.agora.domain.school.Placement;
import fr.agora.domain.school.Student;
import java.util.List;

/** RGPD: export all of a student's data, erase a student, purge students of old exam sessions. School admin only. */
public interface StudentPrivacyUseCase {

    /** Everything held on one student (the REST adapter writes it as JSON). */
    record StudentExport(Student student, List<Placement> placements, List<Evaluation> evaluations) {
    }

    StudentExport export(Caller caller, String studentId);

    /** Erases the student and all attached data; leaves an audit record without personal data. */
    void erase(Caller caller, String studentId);

    /**
     * Erases the students of every cohort (of every school) whose exam session ended more than {@code years}
     * years before {@code currentYear}; returns how many. Run by a scheduled job, not by a school client.
     */
    int purgeEndedSessions(int currentYear, int years);
}
