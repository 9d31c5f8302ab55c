package fr.agora.application.service.evaluation;

import fr.agora.application.port.in.evaluation.Caller;
import fr.agora.application.port.in.evaluation.ImportStudentsUseCase;
import fr.agora.application.port.out.evaluation.LoadStudentPort;
import fr.agora.application.port.out.evaluation.SaveStudentsPort;
import fr.agora.application.port.out.evaluation.TransactionPort;
import fr.agora.domain.evaluation.Cohort;
import fr.agora.domain.evaluation.CohortId;
import fr.agora.domain.evaluation.SiecleStudentCsv;
import fr.agora.domain.evaluation.Student;
import fr.agora.domain.evaluation.StudentId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** SIECLE import: all or nothing, students matched by INE within the school, so a re-import changes nothing. */
public final class ImportStudentsService implements ImportStudentsUseCase {

    private final SchoolContext school;
    private final LoadStudentPort load;
    private final SaveStudentsPort save;
    private final TransactionPort tx;

    public ImportStudentsService(SchoolContext school, LoadStudentPort load, SaveStudentsPort save, TransactionPort tx) {
        this.school = school;
        this.load = load;
        this.save = save;
        this.tx = tx;
    }

    @Override
    public Result importStudents(Command c) {
        Caller caller = c.caller();
        SchoolContext.requireRole(caller, Caller.Role.SCHOOL_ADMIN, Caller.Role.ENT_INTEGRATION);
        Cohort cohort = school.cohort(caller, new CohortId(c.cohortId()));
        SiecleStudentCsv.Result parsed = SiecleStudentCsv.parse(c.csv());
        if (!parsed.ok()) throw new SiecleStudentCsv.InvalidFileException(parsed.errors());
        return tx.inTransaction(() -> {
            int created = 0, updated = 0, unchanged = 0;
            List<Student> changed = new ArrayList<>();
            for (SiecleStudentCsv.Row row : parsed.rows()) {
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
