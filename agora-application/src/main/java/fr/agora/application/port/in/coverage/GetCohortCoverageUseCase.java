package fr.agora.application.port.in.coverage;

import fr.agora.application.port.in.shared.Caller;
import fr.agora.domain.assessment.AggregationPolicy;
import fr.agora.domain.coverage.CohortCoverage;
import fr.agora.domain.shared.InvalidInputException;
import java.util.Objects;

/** A cohort's coverage as counts per cell (a heatmap) and the students at risk. Not for tutors. */
public interface GetCohortCoverageUseCase {

    CohortCoverage cohortCoverage(Query query);

    record Query(Caller caller, String cohortId, AggregationPolicy policy, Integer atRiskThreshold) {
        public Query {
            Objects.requireNonNull(caller, "caller");
            if (cohortId == null || cohortId.isBlank()) throw new InvalidInputException("cohortId", "cohortId is required");
            if (atRiskThreshold != null && (atRiskThreshold < 0 || atRiskThreshold > 6)) {
                throw new InvalidInputException("atRiskThreshold", "atRiskThreshold must be within 0–6");
            }
        }
    }
}
