package fr.agora.application.port.out.school;

import fr.agora.domain.school.StudentId;
import fr.agora.domain.shared.Uai;

/** Deletes a student and everything attached (placements, evaluations, idempotency records that name them). */
public interface EraseStudentPort {
    void eraseStudent(Uai uai, StudentId id);
}
