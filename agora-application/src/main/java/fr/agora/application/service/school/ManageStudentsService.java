package fr.agora.application.service.school;

import fr.agora.application.port.in.school.ManageStudentsUseCase;
import fr.agora.application.port.in.shared.Caller;
import fr.agora.application.port.in.shared.Page;
import fr.agora.application.port.in.shared.Versioned;
import fr.agora.application.port.out.school.ListStudentsPort;
import fr.agora.application.port.out.school.LoadCohortPort;
import fr.agora.application.port.out.school.LoadPlacementsPort;
import fr.agora.application.port.out.school.LoadStudentPort;
import fr.agora.application.port.out.school.SaveStudentsPort;
import fr.agora.application.port.out.school.VersionedWritesPort;
import fr.agora.application.port.out.shared.TransactionPort;
import fr.agora.application.service.shared.Roles;
import fr.agora.domain.school.Cohort;
import fr.agora.domain.school.CohortId;
import fr.agora.domain.school.Ine;
import fr.agora.domain.school.Student;
import fr.agora.domain.school.StudentId;
import fr.agora.domain.shared.ConflictException;
import fr.agora.domain.shared.StaleVersionException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A school's students one at a time (edits optimistically locked); a tutor sees only the students placed with them. */
public final class ManageStudentsService implements ManageStudentsUseCase {

    private final LoadStudentPort loadStudents;
    private final LoadPlacementsPort loadPlacements;
    private final LoadCohortPort loadCohorts;
    private final ListStudentsPort listStudents;
    private final SaveStudentsPort saveStudents;
    private final VersionedWritesPort versions;
    private final TransactionPort tx;

    public ManageStudentsService(LoadStudentPort loadStudents, LoadPlacementsPort loadPlacements, LoadCohortPort loadCohorts, ListStudentsPort listStudents, SaveStudentsPort saveStudents, VersionedWritesPort versions, TransactionPort tx) {
        this.loadStudents = loadStudents;
        this.loadPlacements = loadPlacements;
        this.loadCohorts = loadCohorts;
        this.listStudents = listStudents;
        this.saveStudents = saveStudents;
        this.versions = versions;
        this.tx = tx;
    }

    @Override
    public Student createStudent(ManageStudentsUseCase.CreateCommand c) {
        Roles.require(c.caller(), Caller.Role.SCHOOL_ADMIN, Caller.Role.ENT_INTEGRATION);
        Cohort cohort = SchoolLookups.cohort(loadCohorts, c.caller(), new CohortId(c.cohortId()));
        Ine ine = c.ine() == null || c.ine().isBlank() ? null : Ine.of(c.ine());
        Student s = new Student(StudentId.random(), c.caller().uai(), cohort.id(), ine, c.lastName(), c.firstName());
        return tx.inTransaction(() -> {
            if (ine != null && loadStudents.findStudentByIne(c.caller().uai(), ine).isPresent()) {
                throw new ConflictException("duplicate-student", "ine", "a student with INE " + ine + " already exists", Map.of("value", ine.value()));
            }
            saveStudents.saveStudents(List.of(s));
            return s;
        });
    }

    @Override
    public Student student(Caller caller, String studentId) {
        return SchoolLookups.visibleStudent(loadStudents, loadPlacements, caller, studentId);
    }

    @Override
    public Versioned<Student> versionedStudent(Caller caller, String studentId) {
        Student s = SchoolLookups.visibleStudent(loadStudents, loadPlacements, caller, studentId);
        return new Versioned<>(s, versions.studentVersion(caller.uai(), s.id()).orElseThrow());
    }

    @Override
    public Versioned<Student> updateStudent(ManageStudentsUseCase.UpdateCommand c) {
        Roles.require(c.caller(), Caller.Role.SCHOOL_ADMIN, Caller.Role.ENT_INTEGRATION);
        Student old = SchoolLookups.visibleStudent(loadStudents, loadPlacements, c.caller(), c.studentId());
        CohortId cohort = c.cohortId() == null || c.cohortId().isBlank() ? old.cohortId()
                : SchoolLookups.cohort(loadCohorts, c.caller(), new CohortId(c.cohortId().trim())).id();
        Ine ine = c.ine() == null || c.ine().isBlank() ? null : Ine.of(c.ine());
        Student updated = new Student(old.id(), old.uai(), cohort, ine, c.lastName(), c.firstName());
        return tx.inTransaction(() -> {
            if (ine != null && loadStudents.findStudentByIne(c.caller().uai(), ine).filter(o -> !o.id().equals(old.id())).isPresent()) {
                throw new ConflictException("duplicate-student", "ine", "a student with INE " + ine + " already exists", Map.of("value", ine.value()));
            }
            if (c.expectedVersion() == null) {
                saveStudents.saveStudents(List.of(updated));
            } else if (!versions.saveStudentIfVersion(updated, c.expectedVersion())) {
                throw new StaleVersionException("student", c.expectedVersion(), versions.studentVersion(c.caller().uai(), old.id()).orElse(-1L));
            }
            return new Versioned<>(updated, versions.studentVersion(c.caller().uai(), old.id()).orElseThrow());
        });
    }

    @Override
    public Page<Student> students(Caller caller, String cohortId, int page, int size) {
        Page.check(page, size);
        CohortId cohort = null;
        if (cohortId != null && !cohortId.isBlank()) cohort = SchoolLookups.cohort(loadCohorts, caller, new CohortId(cohortId)).id();
        if (caller.role() == Caller.Role.TUTOR) {
            // a tutor lists only the students placed with them (in any period)
            String me = caller.subject().trim().toLowerCase(Locale.ROOT);
            return new Page<>(listStudents.listStudentsOfTutor(caller.uai(), me, cohort, page * size, size), page, size,
                    listStudents.countStudentsOfTutor(caller.uai(), me, cohort));
        }
        return new Page<>(listStudents.listStudents(caller.uai(), cohort, page * size, size), page, size,
                listStudents.countStudents(caller.uai(), cohort));
    }
}
