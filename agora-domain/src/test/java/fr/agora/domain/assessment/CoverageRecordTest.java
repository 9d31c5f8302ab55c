package fr.agora.domain.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.domain.coverage.CoverageMatrix;
import fr.agora.domain.coverage.CoverageSettings;
import fr.agora.domain.school.PeriodCode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The coverage read model: the records in force, and the same coverage as from the full evaluations. */
class CoverageRecordTest {

    @Test
    void the_records_in_force_drop_the_superseded_and_come_in_chronological_order() {
        Evaluation late = Fixtures.eval("1.1.1", PeriodCode.P2, "2", 40);
        Evaluation early = Fixtures.eval("1.1.1", PeriodCode.P1, "1", 1);
        Evaluation correction = early.correctedBy(new EvaluationId("c1"), "3", early.date(), null, "prof", early.recordedAt().plusSeconds(60));
        List<CoverageRecord> records = List.of(late, early, correction).stream().map(CoverageRecord::of).toList();
        assertThat(Observation.effective(records)).extracting(CoverageRecord::id).containsExactly(correction.id(), late.id());
        // the same as the full history's effective evaluations
        assertThat(Observation.effective(records)).isEqualTo(
                EvaluationHistory.of(Fixtures.ALICE, List.of(late, early, correction)).effective().stream().map(CoverageRecord::of).toList());
    }

    @Test
    void coverage_from_the_read_model_equals_coverage_from_the_evaluations() {
        List<Evaluation> es = List.of(Fixtures.eval("1.1.1", PeriodCode.P1, "2", 1), Fixtures.eval("1.1.1", PeriodCode.P2, "4", 40),
                Fixtures.eval("1.1.2", PeriodCode.P1, "NE", 2));
        CompetencyFramework fw = Fixtures.small();
        CoverageSettings s = CoverageSettings.at(PeriodCode.P2);
        assertThat(CoverageMatrix.of(fw, Fixtures.ALICE, es.stream().map(CoverageRecord::of).toList(), Fixtures.LSL, AggregationPolicy.schoolDefault(), s))
                .isEqualTo(CoverageMatrix.of(fw, Fixtures.ALICE, es, Fixtures.LSL, AggregationPolicy.schoolDefault(), s));
    }
}
