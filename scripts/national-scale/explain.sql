-- The plans of the two coverage reads of JdbcEvaluationStore on the national data set (scripts/national-scale.sh explain):
-- one student drawn at random, one cohort of 35 drawn at random. Cold after `scripts/national-scale.sh cold`; the
-- two student reads are given two different students, so that neither finds the other's pages cached.
\set ON_ERROR_STOP on
SELECT uai AS s_uai, id AS s_id FROM eval_student ORDER BY random() LIMIT 1 \gset
SELECT uai AS t_uai, id AS t_id FROM eval_student ORDER BY random() LIMIT 1 \gset
SELECT uai AS c_uai, cohort_id AS c_id FROM eval_student GROUP BY uai, cohort_id HAVING count(*) = 35 ORDER BY random() LIMIT 1 \gset

-- loadEvaluationsOfStudent (per-student coverage, history, readiness)
EXPLAIN (ANALYZE, BUFFERS)
SELECT e.id, e.student_id, e.competency_code, e.criterion_id, e.period, e.eval_date, e.level_code, e.scale_version,
       e.evaluator_id, e.evaluator_role, e.complexity_factors, e.aleas, e.comment_text, e.evidence_link, e.supersedes,
       e.recorded_by, e.recorded_at, e.validated_by
FROM eval_evaluation e WHERE e.uai = :'s_uai' AND e.student_id = :'s_id';

-- loadCoverageRecordsOfCohort (cohort coverage)
EXPLAIN (ANALYZE, BUFFERS)
SELECT e.id, e.student_id, e.competency_code, e.criterion_id, e.period, e.eval_date, e.level_code, e.scale_version,
       e.complexity_factors, e.aleas, e.supersedes, e.recorded_at
FROM eval_evaluation e WHERE e.student_id IN (SELECT s.id FROM eval_student s WHERE s.uai = :'c_uai' AND s.cohort_id = :'c_id');

-- loadCoverageRecordsOfStudent (per-student coverage since RELIABILITY.md §6): the school checked through the student
EXPLAIN (ANALYZE, BUFFERS)
SELECT e.id, e.student_id, e.competency_code, e.criterion_id, e.period, e.eval_date, e.level_code, e.scale_version,
       e.complexity_factors, e.aleas, e.supersedes, e.recorded_at
FROM eval_evaluation e WHERE e.student_id IN (SELECT s.id FROM eval_student s WHERE s.uai = :'t_uai' AND s.id = :'t_id');
