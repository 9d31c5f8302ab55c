package fr.agora.application.port.out.evaluation;

import fr.agora.domain.evaluation.StudentId;
import fr.agora.domain.evaluation.Uai;

/** Deletes a student and everything attached (placements, evaluations, idempotency records that name them). */
public interface EraseStudentPort {
    void eraseStudent(Uai uai, StudentId id);
}
