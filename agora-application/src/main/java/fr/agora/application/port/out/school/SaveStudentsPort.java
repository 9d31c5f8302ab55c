package fr.agora.application.port.out.school;

import fr.agora.domain.school.Student;
import java.util.List;

/** Stores new or updated students, all in one transaction. */
public interface SaveStudentsPort {
    void saveStudents(List<Student> students);
}
