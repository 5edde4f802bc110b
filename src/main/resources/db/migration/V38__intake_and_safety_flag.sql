-- Each partner's intake, answered alone in the portal and read only by them and their therapist (issue 14): contact
-- details, hopes, what happened in their own words, and a safety screen. A yes on the screen raises a safety flag.
CREATE TABLE intake (
    id                BIGINT         NOT NULL PRIMARY KEY,
    version           BIGINT         NOT NULL,
    created_at        TIMESTAMP      NOT NULL,
    updated_at        TIMESTAMP      NOT NULL,
    partner_id        BIGINT         NOT NULL REFERENCES partner (id),
    status            VARCHAR(16)    NOT NULL,
    phone             VARCHAR(40),
    best_time         VARCHAR(200),
    hopes             VARCHAR(4000),
    story             VARCHAR(8000),
    screen_violence   BOOLEAN,
    screen_threats    BOOLEAN,
    screen_control    BOOLEAN,
    screen_fear       BOOLEAN,
    screen_words      VARCHAR(2000),
    submitted_at      TIMESTAMP,
    CONSTRAINT uq_intake_partner UNIQUE (partner_id),
    CONSTRAINT ck_intake_status CHECK (status IN ('DRAFT', 'SUBMITTED'))
);

-- A safety flag raised by a partner's screen: it holds back joint and reveal-together homework until the therapist
-- records a decision with a dated note. Only the therapist's pages show it.
CREATE TABLE safety_flag (
    id                      BIGINT         NOT NULL PRIMARY KEY,
    version                 BIGINT         NOT NULL,
    created_at              TIMESTAMP      NOT NULL,
    updated_at              TIMESTAMP      NOT NULL,
    couple_id               BIGINT         NOT NULL REFERENCES couple (id),
    intake_id               BIGINT         NOT NULL REFERENCES intake (id),
    raised_at               TIMESTAMP      NOT NULL,
    decision_note           VARCHAR(4000),
    decided_on              DATE,
    decided_at              TIMESTAMP,
    decided_by_account_id   BIGINT         REFERENCES user_account (id),
    CONSTRAINT uq_safety_flag_intake UNIQUE (intake_id)
);
CREATE INDEX ix_safety_flag_couple ON safety_flag (couple_id);

-- The couple's safety state for the caseload's first column and order, and for the homework gate: NULL (none),
-- RAISED (a flag waits for the therapist's decision) or DECIDED. Written only by IntakeService's own statements.
ALTER TABLE couple ADD COLUMN safety_state VARCHAR(16);
ALTER TABLE couple ADD CONSTRAINT ck_couple_safety_state CHECK (safety_state IS NULL OR safety_state IN ('RAISED', 'DECIDED'));
