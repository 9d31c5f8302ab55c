-- Cohort coverage (issue #3): a covering index for the cohort read of JdbcEvaluationStore.loadCoverageRecordsOfCohort.
-- Portable between PostgreSQL and H2 in PostgreSQL mode (H2 has no INCLUDE, so every column is a key column).
--
-- EXPLAIN (ANALYZE, BUFFERS) on PostgreSQL 17, school of 10 000 students, cohort of 35 students / 15 015 evaluations
-- written amid the school's (see docs/benchmarks/evaluation.md): with ix_eval_evaluation_student, a nested loop of
-- ix_eval_student_cohort and a bitmap heap scan per student visits one heap page per row (13 504 pages, 13 641
-- buffers). With this index the same nested loop becomes an index-only scan (heap fetches only for pages not yet
-- all-visible, which autovacuum sets on this append-only table).
--
-- Key order: student first (the cohort read, the student read, and ON DELETE CASCADE from eval_student), then
-- recording order, so each student's rows come back in the order EvaluationHistory rebuilds them. comment_text,
-- evidence_link and validated_by are left out: coverage does not read them.
CREATE INDEX ix_eval_evaluation_coverage ON eval_evaluation (student_id, recorded_at, id, competency_code, criterion_id, period,
    eval_date, level_code, scale_version, evaluator_id, evaluator_role, complexity_factors, aleas, supersedes, recorded_by);

-- Replaced by the index above, which leads with student_id as well; no query filters on (student_id, competency_code, period).
DROP INDEX ix_eval_evaluation_student;
