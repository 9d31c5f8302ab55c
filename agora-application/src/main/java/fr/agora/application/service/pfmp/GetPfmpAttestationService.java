package fr.agora.application.service.pfmp;

import fr.agora.application.port.in.pfmp.GetPfmpAttestationUseCase;
import fr.agora.application.port.in.shared.Caller;
import fr.agora.application.port.out.pfmp.LoadPfmpAttendancePort;
import fr.agora.application.port.out.school.LoadCohortPort;
import fr.agora.application.port.out.school.LoadPlacementsPort;
import fr.agora.application.port.out.school.LoadStudentPort;
import fr.agora.application.service.school.SchoolLookups;
import fr.agora.domain.pfmp.PfmpAttestation;

/** A student's attestation de PFMP, for every role that may see the student; a tutor's covers their own periods only. */
public final class GetPfmpAttestationService implements GetPfmpAttestationUseCase {

    private final LoadStudentPort students;
    private final LoadPlacementsPort placements;
    private final LoadCohortPort cohorts;
    private final LoadPfmpAttendancePort attendance;

    public GetPfmpAttestationService(LoadStudentPort students, LoadPlacementsPort placements, LoadCohortPort cohorts, LoadPfmpAttendancePort attendance) {
        this.students = students;
        this.placements = placements;
        this.cohorts = cohorts;
        this.attendance = attendance;
    }

    @Override
    public PfmpAttestation attestation(Caller caller, String studentId) {
        SchoolLookups.VisibleStudent visible = SchoolLookups.studentInView(students, placements, caller, studentId);
        return PfmpLookups.attestation(cohorts, placements, attendance, caller, visible.student(), visible.view());
    }
}
