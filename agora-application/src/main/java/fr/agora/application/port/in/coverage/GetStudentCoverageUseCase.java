package fr.agora.application.port.in.coverage;

import fr.agora.application.port.in.shared.Caller;
import fr.agora.domain.assessment.AggregationPolicy;
import fr.agora.domain.coverage.CoverageMatrix;
import fr.agora.domain.shared.InvalidInputException;
import java.util.Objects;

/** A student's coverage matrix (37 × P1…P6), per-bloc shares, never evaluated, at risk, met criteria. */
public interface GetStudentCoverageUseCase {

    CoverageMatrix studentCoverage(Query query);

    /** {@code policy} null ⇒ school default; {@code atRiskThreshold} null ⇒ 1. */
    record Query(Caller caller, String studentId, AggregationPolicy policy, Integer atRiskThreshold) {
        public Query {
            Objects.requireNonNull(caller, "caller");
            if (studentId == null || studentId.isBlank()) throw new InvalidInputException("studentId", "studentId is required");
            if (atRiskThreshold != null && (atRiskThreshold < 0 || atRiskThreshold > 6)) {
                throw new InvalidInputException("atRiskThreshold", "atRiskThreshold must be within 0–6");
            }
        }
    }
}
