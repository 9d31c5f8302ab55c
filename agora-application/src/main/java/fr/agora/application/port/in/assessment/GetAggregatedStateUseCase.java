package fr.agora.application.port.in.assessment;

import fr.agora.application.port.in.shared.Caller;
import fr.agora.domain.assessment.AggregatedState;
import fr.agora.domain.assessment.AggregationPolicy;
import fr.agora.domain.shared.InvalidInputException;
import java.util.Objects;

/** The explained aggregated state of one student on one competency, with the school policy or an override. */
public interface GetAggregatedStateUseCase {

    AggregatedState aggregatedState(Query query);

    /** {@code policy} null ⇒ the school default. */
    record Query(Caller caller, String studentId, String competency, AggregationPolicy policy) {
        public Query {
            Objects.requireNonNull(caller, "caller");
            if (studentId == null || studentId.isBlank()) throw new InvalidInputException("studentId", "studentId is required");
            if (competency == null || competency.isBlank()) throw new InvalidInputException("competency", "competency is required");
        }
    }
}
