package fr.agora.domain.coverage;

import static fr.agora.domain.assessment.Fixtures.LSL;
import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.domain.assessment.AggregationPolicy;
import fr.agora.domain.assessment.CompetencyFramework;
import fr.agora.domain.assessment.CoverageRecord;
import fr.agora.domain.assessment.Evaluation;
import fr.agora.domain.assessment.EvaluationHistory;
import fr.agora.domain.assessment.EvaluationId;
import fr.agora.domain.assessment.EvaluatorRole;
import fr.agora.domain.assessment.Fixtures;
import fr.agora.domain.assessment.Observation;
import fr.agora.domain.school.PeriodCode;
import fr.agora.domain.school.StudentId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Per-student coverage is computed from the student's coverage records ({@link Observation#effective}) rather than from
 * the rebuilt {@link EvaluationHistory} of full evaluations (RELIABILITY.md §6: the read is then served by an index
 * alone). Property: both give the same matrix, for seeded random histories with corrections (chains included), records
 * in any stored order, and every aggregation policy.
 */
class CoverageFromRecordsTest {

    private static final StudentId STUDENT = StudentId.of("s-prop");
    private static final String[] LEVELS = {"1", "2", "3", "4", "NE"};

    @Test
    void coverage_from_records_equals_coverage_from_the_rebuilt_history() {
        CompetencyFramework fw = Fixtures.real37();
        List<AggregationPolicy> policies = List.of(AggregationPolicy.last(), AggregationPolicy.bestOf(2), AggregationPolicy.mean(),
                AggregationPolicy.geometric(), AggregationPolicy.arithmetic(), AggregationPolicy.schoolDefault());
        for (long seed = 0; seed < 200; seed++) {
            Random r = new Random(seed);
            List<Evaluation> stored = history(fw, r, r.nextInt(120));
            Collections.shuffle(stored, r); // an adapter returns rows in no particular order
            AggregationPolicy policy = policies.get((int) (seed % policies.size()));
            CoverageSettings settings = CoverageSettings.at(PeriodCode.values()[r.nextInt(6)]);

            CoverageMatrix fromHistory = CoverageMatrix.of(fw, STUDENT, EvaluationHistory.of(STUDENT, stored).effective(), LSL, policy, settings);
            CoverageMatrix fromRecords = CoverageMatrix.of(fw, STUDENT, Observation.effective(stored.stream().map(CoverageRecord::of).toList()),
                    LSL, policy, settings);
            assertThat(fromRecords).as("seed %d", seed).isEqualTo(fromHistory);
        }
    }

    @Test
    void an_empty_history_gives_the_same_empty_matrix() {
        CompetencyFramework fw = Fixtures.small();
        CoverageSettings settings = CoverageSettings.at(PeriodCode.P1);
        AggregationPolicy policy = AggregationPolicy.schoolDefault();
        assertThat(CoverageMatrix.of(fw, STUDENT, Observation.effective(List.<CoverageRecord>of()), LSL, policy, settings))
                .isEqualTo(CoverageMatrix.of(fw, STUDENT, EvaluationHistory.of(STUDENT, List.of()).effective(), LSL, policy, settings));
    }

    /** {@code n} evaluations recorded one second apart; one in five corrects an earlier, not yet superseded record. */
    private static List<Evaluation> history(CompetencyFramework fw, Random r, int n) {
        List<String> codes = fw.competencyCodes();
        List<Evaluation> out = new ArrayList<>();
        List<Evaluation> open = new ArrayList<>(); // not superseded yet
        Instant t = Instant.parse("2025-01-01T08:00:00Z");
        for (int i = 0; i < n; i++) {
            t = t.plusSeconds(1 + r.nextInt(3));
            Evaluation old = !open.isEmpty() && r.nextInt(5) == 0 ? open.remove(r.nextInt(open.size())) : null;
            String code = old != null ? old.competencyCode() : codes.get(r.nextInt(codes.size()));
            PeriodCode period = old != null ? old.period() : PeriodCode.values()[r.nextInt(6)];
            LocalDate date = old != null ? old.date() : LocalDate.of(2025, 1, 6).plusDays(r.nextInt(700));
            Evaluation e = new Evaluation(new EvaluationId("e" + i), STUDENT, code, r.nextInt(3) == 0 ? code + ".c1" : null, period, date,
                    LEVELS[r.nextInt(LEVELS.length)], 1, "tutor@example.org", EvaluatorRole.TUTEUR,
                    r.nextInt(4) == 0 ? Set.of("CF1") : Set.of(), r.nextInt(10) == 0 ? Set.of("AL1") : Set.of(),
                    r.nextInt(5) == 0 ? "commentaire" : null, null, old == null ? null : old.id(), "ent", t, null);
            out.add(e);
            open.add(e);
        }
        return out;
    }
}
