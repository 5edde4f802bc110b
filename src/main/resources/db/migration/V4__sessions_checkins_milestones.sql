-- Between sessions: held sessions (the boundary of "since the last session"), weekly check-ins, milestones.

CREATE TABLE held_session (
    id                      BIGINT        NOT NULL PRIMARY KEY,
    version                 BIGINT        NOT NULL,
    created_at              TIMESTAMP     NOT NULL,
    updated_at              TIMESTAMP     NOT NULL,
    couple_id               BIGINT        NOT NULL REFERENCES couple (id),
    held_on                 DATE          NOT NULL,
    partner_a_attended      BOOLEAN       NOT NULL,
    partner_b_attended      BOOLEAN       NOT NULL,
    recorded_by_account_id  BIGINT        NOT NULL REFERENCES user_account (id)
);
CREATE INDEX ix_held_session_couple ON held_session (couple_id, held_on);

-- One check-in per partner per week (weeks start on Monday); a second one in the same week updates the first.
CREATE TABLE check_in (
    id             BIGINT        NOT NULL PRIMARY KEY,
    version        BIGINT        NOT NULL,
    created_at     TIMESTAMP     NOT NULL,
    updated_at     TIMESTAMP     NOT NULL,
    partner_id     BIGINT        NOT NULL REFERENCES partner (id),
    week_start     DATE          NOT NULL,
    trust          INTEGER       NOT NULL,
    safety         INTEGER       NOT NULL,
    connection     INTEGER       NOT NULL,
    communication  INTEGER       NOT NULL,
    note           VARCHAR(2000),
    CONSTRAINT uq_check_in_week UNIQUE (partner_id, week_start),
    CONSTRAINT ck_check_in_range CHECK (trust BETWEEN 0 AND 10 AND safety BETWEEN 0 AND 10
        AND connection BETWEEN 0 AND 10 AND communication BETWEEN 0 AND 10)
);

CREATE TABLE milestone (
    id           BIGINT        NOT NULL PRIMARY KEY,
    version      BIGINT        NOT NULL,
    created_at   TIMESTAMP     NOT NULL,
    updated_at   TIMESTAMP     NOT NULL,
    couple_id    BIGINT        NOT NULL REFERENCES couple (id),
    partner_id   BIGINT        NOT NULL REFERENCES partner (id),
    kind         VARCHAR(24)   NOT NULL,
    happened_on  DATE          NOT NULL,
    words        VARCHAR(500)  NOT NULL,
    CONSTRAINT ck_milestone_kind CHECK (kind IN ('VULNERABILITY', 'SHARED_LAUGHTER', 'DATE_NIGHT',
        'HARD_CONVERSATION', 'OTHER'))
);
CREATE INDEX ix_milestone_couple ON milestone (couple_id, happened_on);

CREATE TABLE milestone_reply (
    id            BIGINT        NOT NULL PRIMARY KEY,
    version       BIGINT        NOT NULL,
    created_at    TIMESTAMP     NOT NULL,
    updated_at    TIMESTAMP     NOT NULL,
    milestone_id  BIGINT        NOT NULL REFERENCES milestone (id),
    partner_id    BIGINT        NOT NULL REFERENCES partner (id),
    words         VARCHAR(500)  NOT NULL
);
CREATE INDEX ix_milestone_reply ON milestone_reply (milestone_id);
