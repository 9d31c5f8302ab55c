package fr.agora.application.port.out.school;

import fr.agora.domain.school.Cohort;
import fr.agora.domain.school.CohortId;
import fr.agora.domain.school.PeriodCode;
import fr.agora.domain.school.Placement;
import fr.agora.domain.school.Student;
import fr.agora.domain.school.StudentId;
import fr.agora.domain.shared.Uai;
import java.util.Map;
import java.util.Optional;

/**
 * Row versions of the rows edited concurrently (cohorts with their periods, placements, students) and writes conditional on
 * them: the write happens only if the row is still at the expected version (checked by the UPDATE itself, so two
 * concurrent writers cannot both pass), and then increments it.
 */
public interface VersionedWritesPort {

    Optional<Long> cohortVersion(Uai uai, CohortId id);

    /** Replaces the cohort's fields and periods if its row is at {@code expectedVersion}; false otherwise. */
    boolean saveCohortIfVersion(Cohort cohort, long expectedVersion);

    /** The version of each placement of the student, by period (the caller has checked the student's school). */
    Map<PeriodCode, Long> placementVersions(Uai uai, StudentId studentId);

    /** Replaces the placement if its row exists at {@code expectedVersion}; false otherwise. */
    boolean savePlacementIfVersion(Placement placement, long expectedVersion);

    /** The version of the student's row, if the student belongs to {@code uai}. */
    Optional<Long> studentVersion(Uai uai, StudentId studentId);

    /** Replaces the student's cohort, INE and names if its row (of its school) is at {@code expectedVersion}; false otherwise. */
    boolean saveStudentIfVersion(Student student, long expectedVersion);
}
