package fr.agora.application.service.readiness;

import fr.agora.application.port.in.readiness.GetExamReadinessUseCase;
import fr.agora.application.port.in.shared.Caller;
import fr.agora.application.port.out.readiness.LoadReadinessGridPort;
import fr.agora.application.service.assessment.StudentRecords;
import fr.agora.application.service.shared.Roles;
import fr.agora.domain.assessment.AggregatedState;
import fr.agora.domain.assessment.CompetencyFramework;
import fr.agora.domain.readiness.ReadinessGrid;
import fr.agora.domain.readiness.UnitReadiness;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A student's readiness per exam unit (U2, U31, U32), with the proposed CCF mark for teachers and school admins. Not
 * for tutors (403): readiness judges the whole cycle, which a tutor, who sees only their own periods, may not read.
 */
public final class GetExamReadinessService implements GetExamReadinessUseCase {

    private final StudentRecords.Ports records;
    private final LoadReadinessGridPort grids;

    public GetExamReadinessService(StudentRecords.Ports records, LoadReadinessGridPort grids) {
        this.records = records;
        this.grids = grids;
    }

    @Override
    public List<UnitReadiness> examReadiness(Query q) {
        Caller caller = q.caller();
        Roles.require(caller, Caller.Role.TEACHER, Caller.Role.SCHOOL_ADMIN, Caller.Role.ENT_INTEGRATION);
        StudentRecords r = records.read(caller, q.studentId(), q.policy());
        CompetencyFramework fw = r.framework();
        Map<String, AggregatedState> states = new LinkedHashMap<>();
        for (String c : fw.competencyCodes()) {
            states.put(c, r.policy().aggregate(c, r.of(c), r.scales()));
        }
        List<UnitReadiness> out = new ArrayList<>();
        for (CompetencyFramework.ExamUnit u : fw.examUnits()) {
            ReadinessGrid grid = u.ccf() && caller.mayReadProposedMarks() ? grids.loadCurrentGrid(caller.uai(), u.code()).orElse(null) : null;
            out.add(UnitReadiness.of(fw, u.code(), states, grid));
        }
        return out;
    }
}
