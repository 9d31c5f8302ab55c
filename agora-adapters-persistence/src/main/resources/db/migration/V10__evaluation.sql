-- PFMP competency evaluation (issue #3). Portable between PostgreSQL and H2 in PostgreSQL mode.
-- Every school row carries its UAI; every read of the adapter filters on it.

CREATE TABLE eval_establishment (
    uai          VARCHAR(8)   NOT NULL PRIMARY KEY,
    name         VARCHAR(200) NOT NULL,
    policy_kind  VARCHAR(24)  NOT NULL,
    policy_k     INTEGER      NOT NULL DEFAULT 0,
    policy_limit INTEGER,
    row_version  BIGINT       NOT NULL DEFAULT 0
);

CREATE TABLE eval_cohort (
    id                  VARCHAR(64)  NOT NULL PRIMARY KEY,
    uai                 VARCHAR(8)   NOT NULL REFERENCES eval_establishment (uai),
    name                VARCHAR(100) NOT NULL,
    referentiel_id      VARCHAR(64)  NOT NULL,
    referentiel_version VARCHAR(32)  NOT NULL,
    exam_session_year   INTEGER      NOT NULL,
    row_version         BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX ix_eval_cohort_uai ON eval_cohort (uai);
CREATE INDEX ix_eval_cohort_session ON eval_cohort (exam_session_year);

CREATE TABLE eval_pfmp_period (
    cohort_id  VARCHAR(64) NOT NULL REFERENCES eval_cohort (id) ON DELETE CASCADE,
    code       VARCHAR(2)  NOT NULL,
    start_date DATE        NOT NULL,
    end_date   DATE        NOT NULL,
    weeks      INTEGER     NOT NULL,
    PRIMARY KEY (cohort_id, code)
);

CREATE TABLE eval_student (
    id          VARCHAR(64)  NOT NULL PRIMARY KEY,
    uai         VARCHAR(8)   NOT NULL,
    cohort_id   VARCHAR(64)  NOT NULL REFERENCES eval_cohort (id),
    ine         VARCHAR(11),
    last_name   VARCHAR(100) NOT NULL,
    first_name  VARCHAR(100) NOT NULL,
    row_version BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_eval_student_ine UNIQUE (uai, ine)
);
CREATE INDEX ix_eval_student_cohort ON eval_student (uai, cohort_id);

CREATE TABLE eval_placement (
    student_id   VARCHAR(64)  NOT NULL REFERENCES eval_student (id) ON DELETE CASCADE,
    period       VARCHAR(2)   NOT NULL,
    organisation VARCHAR(200) NOT NULL,
    kind         VARCHAR(16)  NOT NULL,
    tutor_name   VARCHAR(200) NOT NULL,
    tutor_email  VARCHAR(254) NOT NULL,
    row_version  BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (student_id, period)
);
CREATE INDEX ix_eval_placement_tutor ON eval_placement (tutor_email);

-- Append-only. A correction references the record it supersedes; UNIQUE (supersedes) makes a concurrent second
-- correction of the same record fail (optimistic locking of the history).
CREATE TABLE eval_evaluation (
    id                 VARCHAR(64)   NOT NULL PRIMARY KEY,
    uai                VARCHAR(8)    NOT NULL,
    student_id         VARCHAR(64)   NOT NULL REFERENCES eval_student (id) ON DELETE CASCADE,
    competency_code    VARCHAR(16)   NOT NULL,
    criterion_id       VARCHAR(64),
    period             VARCHAR(2)    NOT NULL,
    eval_date          DATE          NOT NULL,
    level_code         VARCHAR(8)    NOT NULL,
    scale_version      INTEGER       NOT NULL,
    evaluator_id       VARCHAR(254)  NOT NULL,
    evaluator_role     VARCHAR(16)   NOT NULL,
    complexity_factors VARCHAR(1000) NOT NULL DEFAULT '',
    aleas              VARCHAR(1000) NOT NULL DEFAULT '',
    comment_text       VARCHAR(2000),
    evidence_link      VARCHAR(1000),
    supersedes         VARCHAR(64),
    recorded_by        VARCHAR(254)  NOT NULL,
    recorded_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    validated_by       VARCHAR(254),
    CONSTRAINT uq_eval_evaluation_supersedes UNIQUE (supersedes)
);
-- Student coverage reads one student's history; cohort coverage joins eval_student (uai, cohort_id) to this index.
CREATE INDEX ix_eval_evaluation_student ON eval_evaluation (student_id, competency_code, period);
CREATE INDEX ix_eval_evaluation_uai ON eval_evaluation (uai);

CREATE TABLE eval_scale (
    uai         VARCHAR(8)   NOT NULL,
    version     INTEGER      NOT NULL,
    scale_id    VARCHAR(64)  NOT NULL,
    threshold   NUMERIC(5,2) NOT NULL,
    PRIMARY KEY (uai, version)
);

CREATE TABLE eval_scale_level (
    uai        VARCHAR(8)   NOT NULL,
    version    INTEGER      NOT NULL,
    position   INTEGER      NOT NULL,
    code       VARCHAR(8)   NOT NULL,
    label      VARCHAR(200) NOT NULL,
    level_value NUMERIC(5,2),
    counts     BOOLEAN      NOT NULL,
    PRIMARY KEY (uai, version, position),
    FOREIGN KEY (uai, version) REFERENCES eval_scale (uai, version) ON DELETE CASCADE
);

CREATE TABLE eval_readiness_grid (
    uai           VARCHAR(8)   NOT NULL,
    unit_code     VARCHAR(8)   NOT NULL,
    version       INTEGER      NOT NULL,
    grid_id       VARCHAR(64)  NOT NULL,
    rounding_step NUMERIC(6,3) NOT NULL,
    rounding_mode VARCHAR(16)  NOT NULL,
    PRIMARY KEY (uai, unit_code, version)
);

CREATE TABLE eval_readiness_grid_term (
    uai       VARCHAR(8)    NOT NULL,
    unit_code VARCHAR(8)    NOT NULL,
    version   INTEGER       NOT NULL,
    term_kind VARCHAR(8)    NOT NULL, -- WEIGHT (key = competency) or POINTS (key = level code)
    position  INTEGER       NOT NULL,
    term_key  VARCHAR(16)   NOT NULL,
    amount    NUMERIC(12,4) NOT NULL,
    PRIMARY KEY (uai, unit_code, version, term_kind, position),
    FOREIGN KEY (uai, unit_code, version) REFERENCES eval_readiness_grid (uai, unit_code, version) ON DELETE CASCADE
);

CREATE TABLE eval_idempotency (
    uai         VARCHAR(8)   NOT NULL,
    idem_key    VARCHAR(100) NOT NULL,
    fingerprint VARCHAR(64)  NOT NULL,
    result_ids  TEXT         NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (uai, idem_key)
);

-- No personal data: action, school, role, count, instant.
CREATE TABLE eval_audit (
    id         BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    uai        VARCHAR(8)  NOT NULL,
    action     VARCHAR(32) NOT NULL,
    actor_role VARCHAR(32) NOT NULL,
    item_count INTEGER     NOT NULL,
    at         TIMESTAMP WITH TIME ZONE NOT NULL
);
