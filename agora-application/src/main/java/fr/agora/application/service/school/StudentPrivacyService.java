package fr.agora.application.service.school;

import fr.agora.application.service.shared.Roles;
import fr.agora.application.port.in.shared.Caller;
import fr.agora.application.port.in.school.StudentPrivacyUseCase;
import fr.agora.application.port.out.shared.AuditPort;
import fr.agora.application.port.out.school.EraseStudentPort;
import fr.agora.application.port.out.school.LoadCohortPort;
import fr.agora.application.port.out.assessment.LoadEvaluationsPort;
import fr.agora.application.port.out.school.LoadPlacementsPort;
import fr.agora.application.port.out.school.LoadStudentPort;
import fr.agora.application.port.out.shared.TransactionPort;
import fr.agora.domain.school.Cohort;
import fr.agora.domain.school.Student;
import fr.agora.domain.shared.InvalidInputException;
import java.time.Clock;
import java.util.List;

/** RGPD export, erasure and purge. Audit records keep the action, school, role and count — no personal data. */
public final class StudentPrivacyService implements StudentPrivacyUseCase {

    private final LoadStudentPort students;
    private final LoadCohortPort cohorts;
    private final LoadPlacementsPort placements;
    private final LoadEvaluationsPort evaluations;
    private final EraseStudentPort erase;
    private final AuditPort audit;
    private final TransactionPort tx;
    private final Clock clock;

    public StudentPrivacyService(LoadStudentPort students, LoadCohortPort cohorts, LoadPlacementsPort placements,
                                 LoadEvaluationsPort evaluations, EraseStudentPort erase, AuditPort audit, TransactionPort tx, Clock clock) {
        this.students = students;
        this.cohorts = cohorts;
        this.placements = placements;
        this.evaluations = evaluations;
        this.erase = erase;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public StudentExport export(Caller caller, String studentId) {
        Roles.require(caller, Caller.Role.SCHOOL_ADMIN);
        Student s = SchoolLookups.visibleStudent(students, placements, caller, studentId);
        return new StudentExport(s, placements.loadPlacementsOfStudent(caller.uai(), s.id()),
                evaluations.loadEvaluationsOfStudent(caller.uai(), s.id()));
    }

    @Override
    public void erase(Caller caller, String studentId) {
        Roles.require(caller, Caller.Role.SCHOOL_ADMIN);
        Student s = SchoolLookups.visibleStudent(students, placements, caller, studentId);
        tx.inTransaction(() -> {
            erase.eraseStudent(caller.uai(), s.id());
            audit.audit(new AuditPort.AuditRecord(caller.uai(), "STUDENT_ERASED", caller.role().name(), 1, clock.instant()));
            return null;
        });
    }

    @Override
    public int purgeEndedSessions(int currentYear, int years) {
        if (years < 1 || years > 50) throw new InvalidInputException("years", "years must be within 1–50");
        // a session of year Y ends in Y; it ended more than N years ago when currentYear − Y > N, i.e. Y ≤ currentYear − N − 1
        List<Cohort> old = cohorts.loadCohortsWithSessionUpTo(currentYear - years - 1);
        return tx.inTransaction(() -> {
            int total = 0;
            for (Cohort c : old) {
                List<Student> ss = students.loadStudentsOfCohort(c.uai(), c.id());
                for (Student s : ss) erase.eraseStudent(c.uai(), s.id());
                if (!ss.isEmpty()) audit.audit(new AuditPort.AuditRecord(c.uai(), "STUDENTS_PURGED", "SYSTEM", ss.size(), clock.instant()));
                total += ss.size();
            }
            return total;
        });
    }
}
