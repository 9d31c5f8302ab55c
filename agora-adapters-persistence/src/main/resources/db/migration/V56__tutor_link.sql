-- The tutor's personal links (issue 14 §5): one student, one period, the SHA-256 of a 256-bit secret (never the
-- secret), an expiry, a revocation, and the tutor's last submission (its time and overall appreciation).
CREATE TABLE tutor_link (
    id           VARCHAR(36)   NOT NULL PRIMARY KEY,
    uai          VARCHAR(8)    NOT NULL,
    student_id   VARCHAR(64)   NOT NULL REFERENCES eval_student (id) ON DELETE CASCADE,
    period       VARCHAR(2)    NOT NULL,
    tutor_email  VARCHAR(254)  NOT NULL,
    token_hash   VARCHAR(64)   NOT NULL,
    created_at   TIMESTAMP     NOT NULL,
    expires_at   TIMESTAMP     NOT NULL,
    created_by   VARCHAR(254)  NOT NULL,
    revoked_at   TIMESTAMP,
    submitted_at TIMESTAMP,
    appreciation VARCHAR(2000),
    CONSTRAINT uq_tutor_link_token UNIQUE (token_hash)
);
CREATE INDEX ix_tutor_link_student ON tutor_link (uai, student_id);
