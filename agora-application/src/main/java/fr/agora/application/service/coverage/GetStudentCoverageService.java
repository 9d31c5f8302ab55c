package fr.agora.application.service.coverage;

import fr.agora.application.port.in.coverage.GetStudentCoverageUseCase;
import fr.agora.application.service.assessment.StudentRecords;
import fr.agora.domain.coverage.CoverageMatrix;
import fr.agora.domain.coverage.CoverageSettings;
import java.time.Clock;
import java.time.LocalDate;

/** "Coverage P1–P6": one student's matrix of the référentiel's competencies × the PFMP periods, with shares and risks. */
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
        return CoverageMatrix.of(r.framework(), r.student().id(), r.effective(), r.scales(), r.policy(),
                CoverageSettings.of(r.cohort(), LocalDate.now(clock), q.atRiskThreshold()));
    }
}
