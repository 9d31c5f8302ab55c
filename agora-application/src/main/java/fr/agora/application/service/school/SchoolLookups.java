package fr.agora.application.service.school;

import fr.agora.application.port.in.shared.Caller;
import fr.agora.application.port.out.school.LoadCohortPort;
import fr.agora.application.port.out.school.LoadPlacementsPort;
import fr.agora.application.port.out.school.LoadStudentPort;
import fr.agora.domain.school.Cohort;
import fr.agora.domain.school.CohortId;
import fr.agora.domain.school.Student;
import fr.agora.domain.school.StudentId;
import fr.agora.domain.shared.NotFoundException;

/**
 * The tenant-scoped look-ups of the school register, given the ports they read. Everything is read with the caller's
 * UAI, so another school's student or cohort is answered exactly like a missing one (404), and a tutor sees only the
 * students placed with them.
 */
public final class SchoolLookups {

    private SchoolLookups() {
    }

    /** A student the caller may see, and what of them the caller may see ({@link TutorView}). */
    public record VisibleStudent(Student student, TutorView view) {
    }

    /** The student, if visible to the caller; otherwise 404 (never 403, so ids cannot be probed). */
    public static Student visibleStudent(LoadStudentPort students, LoadPlacementsPort placements, Caller caller, String studentId) {
        return studentInView(students, placements, caller, studentId).student();
    }

    /**
     * The student with the caller's view of them: every period for school staff and ENT clients (the placements are
     * not even read), the periods of their own placements for a tutor; a tutor placed with the student in no period
     * gets 404, exactly like a missing student.
     */
    public static VisibleStudent studentInView(LoadStudentPort students, LoadPlacementsPort placements, Caller caller, String studentId) {
        StudentId id = StudentId.of(studentId);
        Student s = students.loadStudent(caller.uai(), id).orElseThrow(() -> new NotFoundException("student-not-found", "student", studentId));
        if (caller.role() != Caller.Role.TUTOR) return new VisibleStudent(s, TutorView.everything());
        TutorView view = TutorView.of(caller, placements.loadPlacementsOfStudent(caller.uai(), id));
        if (!view.seesAnything()) throw new NotFoundException("student-not-found", "student", studentId);
        return new VisibleStudent(s, view);
    }

    public static Cohort cohort(LoadCohortPort cohorts, Caller caller, CohortId id) {
        return cohorts.loadCohort(caller.uai(), id).orElseThrow(() -> new NotFoundException("cohort-not-found", "cohort", id.value()));
    }
}
