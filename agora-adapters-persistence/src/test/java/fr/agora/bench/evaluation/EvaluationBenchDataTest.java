package fr.agora.bench.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.domain.coverage.CohortCoverage;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The benchmarks' data set is what their figures claim (no timing here: the figures come from
 * {@code scripts/bench-evaluation.sh}). Runs on H2 with the small school, so it stays fast.
 */
class EvaluationBenchDataTest {

    @Test
    void the_school_of_100_has_a_cohort_of_35_students_and_15015_evaluations() {
        try (EvaluationBenchData.Database db = EvaluationBenchData.Db.H2.open()) {
            EvaluationBenchData.School school = EvaluationBenchData.seed(db.dataSource(), 100);
            JdbcTemplate jdbc = new JdbcTemplate(db.dataSource());
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM eval_student", Integer.class)).isEqualTo(100);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM eval_student WHERE cohort_id = ?", Integer.class,
                    EvaluationBenchData.COHORT.value())).isEqualTo(35);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM eval_evaluation e JOIN eval_student s ON s.id = e.student_id "
                    + "WHERE s.cohort_id = ?", Integer.class, EvaluationBenchData.COHORT.value())).isEqualTo(15_015);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM eval_evaluation", Integer.class)).isEqualTo(15_015 + 65 * 10);
            assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT competency_code) FROM eval_evaluation", Integer.class)).isEqualTo(37);

            CohortCoverage cc = school.service().cohortCoverage(EvaluationBenchData.QUERY);
            assertThat(cc.students()).isEqualTo(35);
            assertThat(cc.cells()).hasSize(37);
            assertThat(cc.periods()).hasSize(6);
            cc.cells().values().forEach(row -> row.values().forEach(cell -> assertThat(cell.total()).isEqualTo(35)));
            // evaluations fall in P1–P4 only, so P5 and P6 are not exercised by anyone
            cc.cells().values().forEach(row -> assertThat(row.get(fr.agora.domain.school.PeriodCode.P6).notExercised()).isEqualTo(35));
        }
    }
}
