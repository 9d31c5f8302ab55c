-- API keys of school clients (issue #3, security). The secret is never stored: only its SHA-256 (hex).
-- A key belongs to one school and one role; a tutor key's subject is the tutor's e-mail.
CREATE TABLE eval_api_key (
    key_id      VARCHAR(32)  NOT NULL PRIMARY KEY,
    uai         VARCHAR(8)   NOT NULL REFERENCES eval_establishment (uai),
    role        VARCHAR(20)  NOT NULL,
    subject     VARCHAR(200) NOT NULL,
    secret_hash VARCHAR(64)  NOT NULL,
    label       VARCHAR(200),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked     BOOLEAN      NOT NULL DEFAULT FALSE
);
CREATE INDEX eval_api_key_uai ON eval_api_key (uai);
