package fr.agora.application.port.in.readiness;

import fr.agora.application.port.in.shared.Caller;
import fr.agora.domain.assessment.AggregationPolicy;
import fr.agora.domain.readiness.UnitReadiness;
import fr.agora.domain.shared.InvalidInputException;
import java.util.List;
import java.util.Objects;

/**
 * Exam readiness of a student per unit (U31, U2, U32). CCF units carry a proposed mark /20 when the school has a
 * grid, and only when the caller may read proposed marks ({@link Caller#mayReadProposedMarks()}).
 */
public interface GetExamReadinessUseCase {

    List<UnitReadiness> examReadiness(Query query);

    record Query(Caller caller, String studentId, AggregationPolicy policy) {
        public Query {
            Objects.requireNonNull(caller, "caller");
            if (studentId == null || studentId.isBlank()) throw new InvalidInputException("studentId", "studentId is required");
        }
    }
}
