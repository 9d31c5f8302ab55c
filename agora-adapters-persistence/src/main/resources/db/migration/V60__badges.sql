-- Open Badges 3.0 (issue 17): each school's signing key, and the badges it issued with their revocation bit.
-- Keys as base64 of the JDK encodings (X.509 public, PKCS#8 private): portable between H2 and PostgreSQL.
CREATE TABLE badge_signing_key (
    uai          VARCHAR(8)    NOT NULL PRIMARY KEY,
    key_id       VARCHAR(40)   NOT NULL,
    algorithm    VARCHAR(10)   NOT NULL,
    public_key   VARCHAR(1000) NOT NULL,
    private_key  VARCHAR(4000) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE badge_issued (
    id              VARCHAR(36)  NOT NULL PRIMARY KEY,
    uai             VARCHAR(8)   NOT NULL,
    student_id      VARCHAR(64)  NOT NULL,
    referentiel_id  VARCHAR(64)  NOT NULL,
    competency_code VARCHAR(32)  NOT NULL,
    case_item_id    VARCHAR(36)  NOT NULL,
    status_index    INTEGER      NOT NULL,
    issued_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    issued_by       VARCHAR(320) NOT NULL,
    revoked_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT badge_issued_status_index UNIQUE (uai, status_index)
);
