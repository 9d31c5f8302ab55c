-- National-scale data set (issue 12, "Proof"), generated server-side into a database migrated by the project's Flyway
-- migrations. Run by scripts/national-scale.sh: psql -v students=78000 -v schools=1000 -v mean_evals=641 -f generate.sql
--
-- Shape (deterministic: every "random" choice is hashint4/hashint8 of a row number):
--   schools   :schools UAIs; raw sizes 20 + 180·u² (u uniform, so many small schools and a few of 200), scaled so that
--             the students add up to exactly :students;
--   cohorts   each school's students split into the three years of the diploma (exam sessions 2026, 2027, 2028), each
--             year in divisions of at most 35; six PFMP periods of 4 weeks per cohort; one placement per student and period;
--   students  ids, cohort ids and evaluation ids are UUID strings like the application's (36 characters);
--   evaluations :mean_evals − 160 … :mean_evals + 160 per student (uniform), over the 37 competency codes of the
--             référentiel and P1–P6 in time order; one in sixteen odd rounds is a correction superseding the previous round
--             (same competency, criterion, period and date, another level, recorded a day later): ≈ 3 % of the rows;
--             20 % carry a comment, 25 % a complexity factor, 10 % an aléa, a third a criterion.
--   Insertion order is round by round across the whole population (round k = every student's k-th evaluation), so one
--   student's rows are spread over ~640 heap pages, as a year of writes by every school would leave them.
--
-- Loading: the rows go into a table truncated in the same transaction (with wal_level = minimal PostgreSQL then skips
-- the WAL), without its constraints and secondary indexes, which are saved from the catalogue, dropped, and recreated
-- from their own definitions afterwards: the schema at the end is the migrations' schema.
\set ON_ERROR_STOP on
\timing on
SET synchronous_commit = off;
SET work_mem = '256MB';

BEGIN;
TRUNCATE eval_evaluation, eval_placement, eval_student, eval_pfmp_period, eval_cohort, eval_establishment CASCADE;

CREATE TEMP TABLE saved_ddl ON COMMIT PRESERVE ROWS AS
SELECT CASE contype WHEN 'p' THEN 1 WHEN 'u' THEN 2 ELSE 3 END AS ord,
       format('ALTER TABLE eval_evaluation ADD CONSTRAINT %I %s', conname, pg_get_constraintdef(oid)) AS create_ddl,
       format('ALTER TABLE eval_evaluation DROP CONSTRAINT %I', conname) AS drop_ddl
FROM pg_constraint WHERE conrelid = 'eval_evaluation'::regclass AND contype IN ('p', 'u', 'f')
UNION ALL
SELECT 4, pg_get_indexdef(i.indexrelid), format('DROP INDEX %s', i.indexrelid::regclass)
FROM pg_index i
WHERE i.indrelid = 'eval_evaluation'::regclass
  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conrelid = i.indrelid AND c.conindid = i.indexrelid);

SELECT ord, create_ddl FROM saved_ddl ORDER BY ord;
DO $$
DECLARE d record;
BEGIN
    FOR d IN SELECT drop_ddl FROM saved_ddl ORDER BY ord DESC LOOP EXECUTE d.drop_ddl; END LOOP;
END $$;

CREATE TEMP TABLE gen_school ON COMMIT PRESERVE ROWS AS
WITH raw AS (
    SELECT i, 20 + 180 * power(((hashint4(i) & 2147483647) % 10000) / 10000.0, 2) AS w FROM generate_series(1, :schools) i
), cum AS (
    SELECT i, w, sum(w) OVER (ORDER BY i) AS c, sum(w) OVER () AS t FROM raw
)
SELECT i, lpad((690000 + i)::text, 7, '0') || chr(65 + i % 26) AS uai,
       round(:students * (c - w) / t)::int AS first_g, round(:students * c / t)::int AS end_g
FROM cum;

CREATE TEMP TABLE gen_student ON COMMIT PRESERVE ROWS AS
SELECT g, s.i AS school, s.uai, (g - s.first_g) % 3 AS y, (g - s.first_g) / 3 / 35 AS d,
       md5('s' || g)::uuid::text AS sid,
       md5('c' || s.i || ':' || ((g - s.first_g) % 3) || ':' || ((g - s.first_g) / 3 / 35))::uuid::text AS cid,
       (:mean_evals - 160) + (hashint4(g) & 2147483647) % 321 AS n
FROM gen_school s, generate_series(s.first_g, s.end_g - 1) g;
ANALYZE gen_student;

INSERT INTO eval_establishment (uai, name, policy_kind, policy_k, policy_limit)
SELECT uai, 'Lycée professionnel ' || i, 'GEOMETRIC_RECENCY', 0, 5 FROM gen_school;

INSERT INTO eval_cohort (id, uai, name, referentiel_id, referentiel_version, exam_session_year)
SELECT DISTINCT ON (cid) cid, uai, (ARRAY['Tle', '1re', '2de'])[y + 1] || ' AGOrA ' || chr(65 + d), 'bacpro-agora', '2020', 2026 + y
FROM gen_student ORDER BY cid;

-- P1–P6: 4 weeks each, five months apart, the first in the November of the cohort's first year
INSERT INTO eval_pfmp_period (cohort_id, code, start_date, end_date, weeks)
SELECT c.id, 'P' || p, make_date(c.exam_session_year - 3, 11, 4) + make_interval(months => 5 * (p - 1)),
       make_date(c.exam_session_year - 3, 11, 4) + make_interval(months => 5 * (p - 1), days => 25), 4
FROM eval_cohort c, generate_series(1, 6) p;

INSERT INTO eval_student (id, uai, cohort_id, ine, last_name, first_name)
SELECT sid, uai, cid, lpad(g::text, 10, '0') || 'K', 'NOM' || g, (ARRAY['Léa', 'Hugo', 'Inès', 'Nathan', 'Chloé'])[1 + g % 5]
FROM gen_student ORDER BY g;

INSERT INTO eval_placement (student_id, period, organisation, kind, tutor_name, tutor_email)
SELECT sid, 'P' || p, 'Entreprise ' || ((g * 7 + p) % 20000), 'ENTREPRISE', 'Tuteur ' || ((g * 7 + p) % 20000),
       'tuteur' || ((g * 7 + p) % 20000) || '@entreprise.fr'
FROM gen_student, generate_series(1, 6) p;

-- Round k inserts every student's k-th evaluation (students with n > k).
DO $$
DECLARE
    k int;
    rounds int := (SELECT max(n) FROM gen_student);
BEGIN
    FOR k IN 0 .. rounds - 1 LOOP
        INSERT INTO eval_evaluation (id, uai, student_id, competency_code, criterion_id, period, eval_date, level_code,
            scale_version, evaluator_id, evaluator_role, complexity_factors, aleas, comment_text, evidence_link, supersedes,
            recorded_by, recorded_at, validated_by)
        SELECT md5('e' || g || ':' || k)::uuid::text, uai, sid, code, CASE WHEN (hb >> 8) % 3 = 0 THEN code || '.c1' END,
               'P' || per, day, (ARRAY['1', '2', '3', '4', 'NE'])[1 + (h >> 12) % 5], 1,
               CASE WHEN tutor THEN 'tuteur' || ((g * 7 + per) % 20000) || '@entreprise.fr' ELSE 'prof' || school || '@ac-lyon.fr' END,
               CASE WHEN tutor THEN 'TUTEUR' ELSE 'ENSEIGNANT' END,
               CASE WHEN (hb >> 16) % 4 = 0 THEN 'CF1' ELSE '' END, CASE WHEN (hb >> 18) % 10 = 0 THEN 'A1' ELSE '' END,
               CASE WHEN (h >> 20) % 5 = 0 THEN 'Bonne prise d''initiative, à confirmer lors de la prochaine période.' END, NULL,
               CASE WHEN corr THEN md5('e' || g || ':' || (k - 1))::uuid::text END,
               CASE WHEN tutor THEN 'tuteur' || ((g * 7 + per) % 20000) || '@entreprise.fr' ELSE 'prof' || school || '@ac-lyon.fr' END,
               (day + time '17:00') AT TIME ZONE 'Europe/Paris' + make_interval(days => CASE WHEN corr THEN 1 ELSE 0 END, secs => g % 3600),
               NULL
        FROM (
            SELECT g, uai, sid, school, corr, h, hb, (ARRAY['1.1.1', '1.1.2', '1.1.3', '1.1.4', '1.2.1', '1.2.2', '1.2.3', '1.2.4',
                   '1.3.1', '1.3.2', '1.3.3', '1.3.4', '2.1.1', '2.1.2', '2.1.3', '2.1.4', '2.1.5', '2.2.1', '2.2.2', '2.2.3',
                   '2.2.4', '2.2.5', '2.2.6', '2.3.1', '2.3.2', '3.1.1', '3.1.2', '3.1.3', '3.2.1', '3.2.2', '3.2.3', '3.2.4',
                   '3.2.5', '3.3.1', '3.3.2', '3.3.3', '3.3.4'])[1 + hb % 37] AS code,
                   per, make_date(2023 + y, 11, 4) + make_interval(months => 5 * (per - 1), days => (hb >> 4) % 26) AS day,
                   (hb >> 24) % 5 < 3 AS tutor
            FROM (
                SELECT g, uai, sid, school, y, corr, h, CASE WHEN corr THEN hp ELSE h END AS hb,
                       1 + (CASE WHEN corr THEN k - 1 ELSE k END) * 6 / n AS per
                FROM (
                    SELECT g, uai, sid, school, y, n, hashint8(g::bigint * 1000 + k) & 2147483647 AS h,
                           hashint8(g::bigint * 1000 + k - 1) & 2147483647 AS hp,
                           k % 2 = 1 AND (hashint8(g::bigint * 1000 + k) & 2147483647) % 16 = 0 AS corr
                    FROM gen_student WHERE n > k
                ) a
            ) b
        ) c
        ORDER BY g;
        IF k % 50 = 0 THEN RAISE NOTICE 'round % of % at %', k, rounds, clock_timestamp(); END IF;
    END LOOP;
END $$;
COMMIT;

-- Secondary structures recreated from the saved definitions: primary key, UNIQUE (supersedes), the foreign key
-- (validated in one pass), then the indexes of V10/V15.
DO $$
DECLARE d record;
BEGIN
    FOR d IN SELECT create_ddl FROM saved_ddl ORDER BY ord LOOP
        RAISE NOTICE '% : %', clock_timestamp(), d.create_ddl;
        EXECUTE d.create_ddl;
    END LOOP;
END $$;

VACUUM ANALYZE;

SELECT (SELECT count(*) FROM eval_establishment) AS schools, (SELECT count(*) FROM eval_cohort) AS cohorts,
       (SELECT count(*) FROM eval_student) AS students, (SELECT count(*) FROM eval_evaluation) AS evaluations,
       (SELECT count(*) FROM eval_evaluation WHERE supersedes IS NOT NULL) AS corrections,
       pg_size_pretty(pg_database_size(current_database())) AS database_size,
       pg_size_pretty(pg_table_size('eval_evaluation')) AS evaluation_heap,
       pg_size_pretty(pg_indexes_size('eval_evaluation')) AS evaluation_indexes;
SELECT n AS students_per_cohort, count(*) AS cohorts FROM (SELECT cohort_id, count(*) n FROM eval_student GROUP BY cohort_id) c
GROUP BY n ORDER BY n DESC LIMIT 5;
SELECT min(n), round(avg(n)), max(n) FROM (SELECT count(*) n FROM eval_student GROUP BY uai) s;
