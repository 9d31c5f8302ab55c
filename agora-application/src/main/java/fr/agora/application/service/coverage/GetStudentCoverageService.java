package fr.agora.application.service.coverage;

import fr.agora.application.port.in.coverage.GetStudentCoverageUseCase;
import fr.agora.application.service.assessment.StudentRecords;
import fr.agora.domain.coverage.CoverageMatrix;
import fr.agora.domain.coverage.CoverageSettings;
import java.time.Clock;
import java.time.LocalDate;

/**
 * "Coverage P1–P6": one student's matrix of the référentiel's competencies × the PFMP periods, with shares and risks.
 * A tutor's matrix has their own periods as columns and is computed from those periods' evaluations only, so its
 * overall states, shares, "never evaluated" and "at risk" say nothing of the other periods.
 */
public final class GetStudentCoverageService implements GetStudentCoverageUseCase {

    private final StudentRecords.Ports records;
    private final Clock clock;

    public GetStudentCoverageService(StudentRecords.Ports records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    @Override
    public CoverageMatrix studentCoverage(Query q) {
        StudentRecords.ForCoverage r = records.readForCoverage(q.caller(), q.studentId(), q.policy());
        CoverageSettings cohortSettings = CoverageSettings.of(r.cohort(), LocalDate.now(clock), q.atRiskThreshold());
        CoverageSettings settings = new CoverageSettings(r.view().columns(cohortSettings.plannedPeriods()),
                cohortSettings.currentPeriod(), cohortSettings.atRiskRemainingPeriods());
        return CoverageMatrix.of(r.framework(), r.student().id(), r.effective(), r.scales(), r.policy(), settings);
    }
}
