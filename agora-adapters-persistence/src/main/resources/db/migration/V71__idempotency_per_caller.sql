-- Idempotency records scoped to their caller, expiring, and forgotten with the students they touched (issue 12 §8,
-- docs/idempotency.md). Portable between PostgreSQL and H2 in PostgreSQL mode.
--
-- The key was the school's (uai, idem_key): two clients of one school sending the same key got each other's answer.
-- It is now (uai, client_id, idem_key), client_id being the caller's credential (key:<API key id>, link:<tutor link>),
-- as the draft's security considerations advise (a composite of the client's key and what the server knows of the
-- client). The former rows cannot be given a caller: they are dropped, as if expired (a key lives 24 hours).
DROP TABLE eval_idempotency;

CREATE TABLE eval_idempotency (
    uai         VARCHAR(8)   NOT NULL,
    client_id   VARCHAR(64)  NOT NULL,
    idem_key    VARCHAR(100) NOT NULL,
    fingerprint VARCHAR(64)  NOT NULL,
    result_ids  TEXT         NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (uai, client_id, idem_key)
);
-- the purge of a caller's expired rows on each of its writes
CREATE INDEX ix_eval_idempotency_created ON eval_idempotency (uai, client_id, created_at);

-- Which students a remembered write touched: erasing one of them deletes the record (and so these rows), so that a
-- replay never returns the ids of erased evaluations.
CREATE TABLE eval_idempotency_student (
    uai        VARCHAR(8)   NOT NULL,
    client_id  VARCHAR(64)  NOT NULL,
    idem_key   VARCHAR(100) NOT NULL,
    student_id VARCHAR(64)  NOT NULL,
    PRIMARY KEY (uai, client_id, idem_key, student_id),
    FOREIGN KEY (uai, client_id, idem_key) REFERENCES eval_idempotency (uai, client_id, idem_key) ON DELETE CASCADE
);
CREATE INDEX ix_eval_idempotency_student ON eval_idempotency_student (uai, student_id);
