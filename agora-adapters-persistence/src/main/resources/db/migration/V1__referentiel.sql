-- Référentiel versions, stored once and never modified: the canonical content (the domain reloads it) and its
-- SHA-256, plus the rows that other tables reference with foreign keys (evaluations name competencies, criteria,
-- complexity factors and aléas by the codes of a pinned version).
-- Portable SQL: runs on PostgreSQL and on H2 in PostgreSQL mode.

CREATE TABLE referentiel_version (
    id          VARCHAR(64)   NOT NULL PRIMARY KEY,
    version     VARCHAR(32)   NOT NULL,
    title       VARCHAR(500)  NOT NULL,
    checksum    CHAR(64)      NOT NULL,
    content     TEXT          NOT NULL,
    loaded_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE referentiel_competency (
    referentiel_id  VARCHAR(64)   NOT NULL REFERENCES referentiel_version (id),
    code            VARCHAR(16)   NOT NULL,
    bloc            SMALLINT      NOT NULL CHECK (bloc BETWEEN 1 AND 3),
    activity_code   VARCHAR(16)   NOT NULL,
    label           VARCHAR(1000) NOT NULL,
    PRIMARY KEY (referentiel_id, code)
);

CREATE TABLE referentiel_item (
    referentiel_id   VARCHAR(64)  NOT NULL REFERENCES referentiel_version (id),
    item_id          VARCHAR(64)  NOT NULL,
    item_kind        VARCHAR(24)  NOT NULL, -- CRITERION, SITUATION, COMPLEXITY_FACTOR or ALEA (a Java enum)
    competency_code  VARCHAR(16),
    label            TEXT         NOT NULL,
    PRIMARY KEY (referentiel_id, item_id),
    FOREIGN KEY (referentiel_id, competency_code) REFERENCES referentiel_competency (referentiel_id, code)
);

CREATE INDEX referentiel_item_by_competency ON referentiel_item (referentiel_id, competency_code);
