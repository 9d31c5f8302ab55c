package fr.agora.application.service.pfmp;

import fr.agora.application.port.in.shared.Caller;
import fr.agora.application.port.out.pfmp.LoadPfmpAttendancePort;
import fr.agora.application.port.out.school.LoadCohortPort;
import fr.agora.application.port.out.school.LoadPlacementsPort;
import fr.agora.application.service.school.SchoolLookups;
import fr.agora.domain.pfmp.PfmpAttestation;
import fr.agora.domain.school.Student;

/** Builds a student's attestation from the register and the attendance records (shared by the pfmp use cases). */
final class PfmpLookups {

    private PfmpLookups() {
    }

    static PfmpAttestation attestation(LoadCohortPort cohorts, LoadPlacementsPort placements, LoadPfmpAttendancePort attendance,
                                       Caller caller, Student student) {
        return PfmpAttestation.of(student, SchoolLookups.cohort(cohorts, caller, student.cohortId()),
                placements.loadPlacementsOfStudent(caller.uai(), student.id()), attendance.loadAttendance(caller.uai(), student.id()));
    }
}
