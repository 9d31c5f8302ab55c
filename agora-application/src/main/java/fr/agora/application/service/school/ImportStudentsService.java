package fr.agora.application.service.school;

import fr.agora.application.port.out.school.LoadCohortPort;
import fr.agora.application.service.shared.Roles;
import fr.agora.application.port.in.shared.Caller;
import fr.agora.application.port.in.school.ImportStudentsUseCase;
import fr.agora.application.port.out.school.LoadStudentPort;
import fr.agora.application.port.out.school.SaveStudentsPort;
import fr.agora.application.port.out.shared.TransactionPort;
import fr.agora.domain.school.Cohort;
import fr.agora.domain.school.CohortId;
import fr.agora.domain.school.StudentRoster;
import fr.agora.domain.shared.InvalidFileException;
import java.util.Comparator;
import fr.agora.domain.school.Student;
import fr.agora.domain.school.StudentId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** "SIECLE import": the students of a SIECLE extract (checked by {@link StudentRoster}) into a cohort; all or nothing, students matched by INE within the school, so a re-import changes nothing. */
public final class ImportStudentsService implements ImportStudentsUseCase {

    private final LoadCohortPort cohorts;
    private final LoadStudentPort load;
    private final SaveStudentsPort save;
    private final TransactionPort tx;

    public ImportStudentsService(LoadCohortPort cohorts, LoadStudentPort load, SaveStudentsPort save, TransactionPort tx) {
        this.cohorts = cohorts;
        this.load = load;
        this.save = save;
        this.tx = tx;
    }

    @Override
    public Result importStudents(Command c) {
        Caller caller = c.caller();
        Roles.require(caller, Caller.Role.SCHOOL_ADMIN, Caller.Role.ENT_INTEGRATION);
        Cohort cohort = SchoolLookups.cohort(cohorts, caller, new CohortId(c.cohortId()));
        StudentRoster.Result parsed = StudentRoster.check(c.lines());
        if (!parsed.ok() || !c.formatErrors().isEmpty()) {
            List<InvalidFileException.LineError> errors = new ArrayList<>(c.formatErrors());
            errors.addAll(parsed.errors());
            errors.sort(Comparator.comparingInt(InvalidFileException.LineError::line)); // stable: the file's order
            throw new InvalidFileException(errors);
        }
        return tx.inTransaction(() -> {
            int created = 0, updated = 0, unchanged = 0;
            List<Student> changed = new ArrayList<>();
            for (StudentRoster.Row row : parsed.rows()) {
                Optional<Student> existing = load.findStudentByIne(caller.uai(), row.ine());
                if (existing.isEmpty()) {
                    changed.add(new Student(StudentId.random(), caller.uai(), cohort.id(), row.ine(), row.lastName(), row.firstName()));
                    created++;
                } else {
                    Student s = existing.get();
                    Student target = new Student(s.id(), caller.uai(), cohort.id(), row.ine(), row.lastName(), row.firstName());
                    if (target.equals(s)) {
                        unchanged++;
                    } else {
                        changed.add(target);
                        updated++;
                    }
                }
            }
            if (!changed.isEmpty()) save.saveStudents(changed);
            return new Result(created, updated, unchanged);
        });
    }
}
