-- Attestation and allocation de PFMP (issue 14 §6–7): a placement's year of the cycle and absence days, and the head
-- of school's validation of each period's allowance (inserted once: the primary key makes validation idempotent and
-- the period locked). Both go with the student on an RGPD erasure.
CREATE TABLE pfmp_attendance (
    student_id               VARCHAR(64) NOT NULL,
    period                   VARCHAR(2)  NOT NULL,
    cycle_year               VARCHAR(16) NOT NULL,
    justified_absence_days   INTEGER     NOT NULL,
    unjustified_absence_days INTEGER     NOT NULL,
    PRIMARY KEY (student_id, period),
    CONSTRAINT fk_pfmp_attendance_placement FOREIGN KEY (student_id, period)
        REFERENCES eval_placement (student_id, period) ON DELETE CASCADE
);

CREATE TABLE pfmp_allowance_validation (
    student_id   VARCHAR(64)   NOT NULL REFERENCES eval_student (id) ON DELETE CASCADE,
    period       VARCHAR(2)    NOT NULL,
    cycle_year   VARCHAR(16)   NOT NULL,
    days         INTEGER       NOT NULL,
    amount       DECIMAL(9, 2) NOT NULL,
    validated_by VARCHAR(254)  NOT NULL,
    validated_at TIMESTAMP     NOT NULL,
    PRIMARY KEY (student_id, period)
);
