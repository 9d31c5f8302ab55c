package fr.agora.application.service.oneroster;

import fr.agora.application.port.in.oneroster.ReadGradebookUseCase;
import fr.agora.application.port.in.shared.Caller;
import fr.agora.application.port.out.assessment.LoadEstablishmentPort;
import fr.agora.application.port.out.assessment.LoadEvaluationsPort;
import fr.agora.application.port.out.assessment.LoadFrameworkPort;
import fr.agora.application.port.out.assessment.LoadScalePort;
import fr.agora.application.port.out.school.ListCohortsPort;
import fr.agora.application.port.out.school.LoadStudentPort;
import fr.agora.application.service.assessment.AssessmentLookups;
import fr.agora.application.service.shared.Roles;
import fr.agora.domain.assessment.CoverageRecord;
import fr.agora.domain.assessment.Observation;
import fr.agora.domain.interop.oneroster.Gradebook;
import fr.agora.domain.school.Cohort;
import fr.agora.domain.school.Student;
import fr.agora.domain.school.StudentId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the school's gradebook from its cohorts, students and effective evaluations, with its current scale and its
 * default aggregation policy. Computed per request (a school is a few hundred students; the cohort coverage reads the
 * same records the same way).
 */
public final class ReadGradebookService implements ReadGradebookUseCase {

    private static final int PAGE = 200;

    private final ListCohortsPort cohorts;
    private final LoadStudentPort students;
    private final LoadFrameworkPort frameworks;
    private final LoadEvaluationsPort evaluations;
    private final LoadScalePort scales;
    private final LoadEstablishmentPort establishments;

    public ReadGradebookService(ListCohortsPort cohorts, LoadStudentPort students, LoadFrameworkPort frameworks,
                                LoadEvaluationsPort evaluations, LoadScalePort scales, LoadEstablishmentPort establishments) {
        this.cohorts = cohorts;
        this.students = students;
        this.frameworks = frameworks;
        this.evaluations = evaluations;
        this.scales = scales;
        this.establishments = establishments;
    }

    @Override
    public Gradebook gradebook(Caller caller) {
        Roles.require(caller, Caller.Role.ENT_INTEGRATION, Caller.Role.SCHOOL_ADMIN, Caller.Role.TEACHER);
        List<Gradebook.ClassRecords> classes = new ArrayList<>();
        for (int offset = 0; ; offset += PAGE) {
            List<Cohort> page = cohorts.listCohorts(caller.uai(), offset, PAGE);
            for (Cohort c : page) classes.add(records(caller, c));
            if (page.size() < PAGE) break;
        }
        return Gradebook.of(caller.uai(), classes, AssessmentLookups.scales(scales, caller), AssessmentLookups.policy(establishments, caller, null));
    }

    private Gradebook.ClassRecords records(Caller caller, Cohort c) {
        Map<StudentId, List<CoverageRecord>> all = evaluations.loadCoverageRecordsOfCohort(caller.uai(), c.id());
        Map<StudentId, List<? extends Observation>> effective = new LinkedHashMap<>();
        List<StudentId> ids = new ArrayList<>();
        for (Student s : students.loadStudentsOfCohort(caller.uai(), c.id())) {
            ids.add(s.id());
            effective.put(s.id(), Observation.effective(all.getOrDefault(s.id(), List.of())));
        }
        return new Gradebook.ClassRecords(c, AssessmentLookups.framework(frameworks, c), ids, effective);
    }
}
