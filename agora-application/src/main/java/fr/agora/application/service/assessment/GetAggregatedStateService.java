package fr.agora.application.service.assessment;

import fr.agora.application.port.in.assessment.GetAggregatedStateUseCase;
import fr.agora.domain.assessment.AggregatedState;
import fr.agora.domain.assessment.CompetencyFramework;
import fr.agora.domain.shared.InvalidInputException;
import java.util.Map;

/** The explained aggregated state of one competency of one student (policy, contributions, ignored records). */
public final class GetAggregatedStateService implements GetAggregatedStateUseCase {

    private final StudentRecords.Ports records;

    public GetAggregatedStateService(StudentRecords.Ports records) {
        this.records = records;
    }

    @Override
    public AggregatedState aggregatedState(Query q) {
        StudentRecords r = records.read(q.caller(), q.studentId(), q.policy());
        CompetencyFramework fw = r.framework();
        String code = q.competency().trim();
        if (!fw.knows(code)) {
            throw new InvalidInputException("unknown-code", "competency", "'" + code + "' is not a competency of référentiel "
                    + fw.referentielId() + " " + fw.version(), Map.of("value", code));
        }
        return r.policy().aggregate(code, r.of(code), r.scales());
    }
}
