package fr.agora.application.service.pfmp;

import fr.agora.application.port.in.pfmp.GetPfmpAllowancesUseCase;
import fr.agora.application.port.in.pfmp.PfmpAllowanceView;
import fr.agora.application.port.in.shared.Caller;
import fr.agora.application.port.in.shared.Page;
import fr.agora.application.port.out.pfmp.LoadPfmpAttendancePort;
import fr.agora.application.port.out.school.ListStudentsPort;
import fr.agora.application.port.out.school.LoadCohortPort;
import fr.agora.application.port.out.school.LoadPlacementsPort;
import fr.agora.application.port.out.school.LoadStudentPort;
import fr.agora.application.service.school.SchoolLookups;
import fr.agora.application.service.shared.Roles;
import fr.agora.domain.pfmp.PfmpAllowance;
import fr.agora.domain.pfmp.PfmpAttestation;
import fr.agora.domain.school.Cohort;
import fr.agora.domain.school.CohortId;
import fr.agora.domain.school.Student;
import java.util.Comparator;
import java.util.List;

/** The allocation de PFMP per student and period, with the head's validations (teachers and school admins). */
public final class GetPfmpAllowancesService implements GetPfmpAllowancesUseCase {

    private final LoadStudentPort students;
    private final LoadPlacementsPort placements;
    private final LoadCohortPort cohorts;
    private final LoadPfmpAttendancePort attendance;
    private final ListStudentsPort listStudents;

    public GetPfmpAllowancesService(LoadStudentPort students, LoadPlacementsPort placements, LoadCohortPort cohorts, LoadPfmpAttendancePort attendance,
                                    ListStudentsPort listStudents) {
        this.listStudents = listStudents;
        this.students = students;
        this.placements = placements;
        this.cohorts = cohorts;
        this.attendance = attendance;
    }

    @Override
    public PfmpAllowanceView studentAllowance(Caller caller, String studentId) {
        Roles.require(caller, Caller.Role.SCHOOL_ADMIN, Caller.Role.TEACHER);
        Student s = SchoolLookups.visibleStudent(students, placements, caller, studentId);
        return view(caller, s, SchoolLookups.cohort(cohorts, caller, s.cohortId()));
    }

    @Override
    public List<PfmpAllowanceView> cohortAllowances(Caller caller, String cohortId) {
        Roles.require(caller, Caller.Role.SCHOOL_ADMIN, Caller.Role.TEACHER);
        Cohort cohort = SchoolLookups.cohort(cohorts, caller, new CohortId(cohortId));
        return students.loadStudentsOfCohort(caller.uai(), cohort.id()).stream()
                .sorted(Comparator.comparing(Student::lastName).thenComparing(Student::firstName).thenComparing(st -> st.id().value()))
                .map(s -> view(caller, s, cohort)).toList();
    }

    @Override
    public Page<PfmpAllowanceView> cohortAllowances(Caller caller, String cohortId, int page, int size) {
        int offset = Page.offset(page, size);
        Roles.require(caller, Caller.Role.SCHOOL_ADMIN, Caller.Role.TEACHER);
        Cohort cohort = SchoolLookups.cohort(cohorts, caller, new CohortId(cohortId));
        // the students of the page only (by last name, first name, id, in SQL): each view costs three reads
        return new Page<>(listStudents.listStudents(caller.uai(), cohort.id(), offset, size).stream().map(s -> view(caller, s, cohort)).toList(),
                page, size, listStudents.countStudents(caller.uai(), cohort.id()));
    }

    private PfmpAllowanceView view(Caller caller, Student s, Cohort cohort) {
        PfmpAttestation attestation = PfmpAttestation.of(s, cohort, placements.loadPlacementsOfStudent(caller.uai(), s.id()),
                attendance.loadAttendance(caller.uai(), s.id()));
        return new PfmpAllowanceView(s, PfmpAllowance.of(attestation), attendance.loadValidations(caller.uai(), s.id()));
    }
}
