package fr.agora.application.service.pfmp;

import fr.agora.application.port.in.shared.Caller;
import fr.agora.application.port.out.pfmp.LoadPfmpAttendancePort;
import fr.agora.application.port.out.school.LoadCohortPort;
import fr.agora.application.port.out.school.LoadPlacementsPort;
import fr.agora.application.service.school.SchoolLookups;
import fr.agora.application.service.school.TutorView;
import fr.agora.domain.pfmp.PfmpAttendance;
import fr.agora.domain.pfmp.PfmpAttestation;
import fr.agora.domain.school.Student;

/** Builds a student's attestation from the register and the attendance records (shared by the pfmp use cases). */
final class PfmpLookups {

    private PfmpLookups() {
    }

    /**
     * The attestation over the periods {@code view} lets through: a tutor's attestation lists their own periods only,
     * and its totals (days and weeks done, requirement met) count those periods only.
     */
    static PfmpAttestation attestation(LoadCohortPort cohorts, LoadPlacementsPort placements, LoadPfmpAttendancePort attendance,
                                       Caller caller, Student student, TutorView view) {
        return PfmpAttestation.of(student, SchoolLookups.cohort(cohorts, caller, student.cohortId()),
                view.placements(placements.loadPlacementsOfStudent(caller.uai(), student.id())),
                view.inVisiblePeriods(attendance.loadAttendance(caller.uai(), student.id()), PfmpAttendance::period));
    }
}
