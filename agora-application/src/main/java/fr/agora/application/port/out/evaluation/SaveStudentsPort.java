package fr.agora.application.port.out.evaluation;

import fr.agora.domain.evaluation.Student;
import java.util.List;

/** Stores new or updated students, all in one transaction. */
public interface SaveStudentsPort {
    void saveStudents(List<Student> students);
}
