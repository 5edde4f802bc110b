-- Homework: the template library (versioned), programs, assignments and answers.
-- Built-in templates have no practice; ids below 1000 are reserved for seeded rows (the sequence starts at 1000).

CREATE TABLE homework_template (
    id              BIGINT        NOT NULL PRIMARY KEY,
    version         BIGINT        NOT NULL,
    created_at      TIMESTAMP     NOT NULL,
    updated_at      TIMESTAMP     NOT NULL,
    practice_id     BIGINT        REFERENCES practice (id),
    family_id       BIGINT        NOT NULL,
    revision        INTEGER       NOT NULL,
    is_current      BOOLEAN       NOT NULL,
    archived        BOOLEAN       NOT NULL,
    title           VARCHAR(120)  NOT NULL,
    step            VARCHAR(40)   NOT NULL,
    purpose         VARCHAR(1000) NOT NULL,
    instructions    VARCHAR(4000) NOT NULL,
    audience        VARCHAR(20)   NOT NULL,
    copied_from_id  BIGINT        REFERENCES homework_template (id),
    CONSTRAINT uq_template_revision UNIQUE (family_id, revision),
    CONSTRAINT ck_template_audience CHECK (audience IN ('EACH_PARTNER', 'INVOLVED_PARTNER', 'HURT_PARTNER', 'TOGETHER'))
);
CREATE INDEX ix_template_library ON homework_template (practice_id, is_current, step);

CREATE TABLE homework_prompt (
    id           BIGINT        NOT NULL PRIMARY KEY,
    version      BIGINT        NOT NULL,
    created_at   TIMESTAMP     NOT NULL,
    updated_at   TIMESTAMP     NOT NULL,
    template_id  BIGINT        NOT NULL REFERENCES homework_template (id),
    position     INTEGER       NOT NULL,
    kind         VARCHAR(16)   NOT NULL,
    question     VARCHAR(500)  NOT NULL,
    help         VARCHAR(1000),
    required     BOOLEAN       NOT NULL,
    max_length   INTEGER,
    low_label    VARCHAR(60),
    high_label   VARCHAR(60),
    options      VARCHAR(2000),
    CONSTRAINT uq_prompt_position UNIQUE (template_id, position),
    CONSTRAINT ck_prompt_kind CHECK (kind IN ('TEXT', 'SCALE', 'YES_NO', 'CHECKLIST', 'DATE', 'LIST'))
);

CREATE TABLE homework_program (
    id           BIGINT        NOT NULL PRIMARY KEY,
    version      BIGINT        NOT NULL,
    created_at   TIMESTAMP     NOT NULL,
    updated_at   TIMESTAMP     NOT NULL,
    practice_id  BIGINT        REFERENCES practice (id),
    title        VARCHAR(120)  NOT NULL,
    description  VARCHAR(1000) NOT NULL
);

CREATE TABLE homework_program_item (
    id                  BIGINT    NOT NULL PRIMARY KEY,
    version             BIGINT    NOT NULL,
    created_at          TIMESTAMP NOT NULL,
    updated_at          TIMESTAMP NOT NULL,
    program_id          BIGINT    NOT NULL REFERENCES homework_program (id),
    position            INTEGER   NOT NULL,
    template_family_id  BIGINT    NOT NULL,
    offset_days         INTEGER   NOT NULL,
    CONSTRAINT uq_program_item UNIQUE (program_id, position)
);

CREATE TABLE assignment (
    id                     BIGINT        NOT NULL PRIMARY KEY,
    version                BIGINT        NOT NULL,
    created_at             TIMESTAMP     NOT NULL,
    updated_at             TIMESTAMP     NOT NULL,
    couple_id              BIGINT        NOT NULL REFERENCES couple (id),
    template_id            BIGINT        NOT NULL REFERENCES homework_template (id),
    assignee               VARCHAR(16)   NOT NULL,
    partner_id             BIGINT        REFERENCES partner (id),
    visibility             VARCHAR(20)   NOT NULL,
    due_date               DATE          NOT NULL,
    personal_instructions  VARCHAR(2000),
    cancelled              BOOLEAN       NOT NULL,
    series_id              BIGINT,
    program_run_id         BIGINT,
    assigned_by_account_id BIGINT        NOT NULL REFERENCES user_account (id),
    CONSTRAINT ck_assignment_assignee CHECK (assignee IN ('ONE_PARTNER', 'EACH_PARTNER', 'TOGETHER')),
    CONSTRAINT ck_assignment_visibility CHECK (visibility IN ('PRIVATE', 'SHARED', 'REVEAL_TOGETHER'))
);
CREATE INDEX ix_assignment_couple_due ON assignment (couple_id, due_date);
CREATE INDEX ix_assignment_series ON assignment (series_id);
CREATE INDEX ix_assignment_program_run ON assignment (program_run_id);

-- One answer per expected author, created with the assignment: a partner's own, or the couple's joint one
-- (partner_id NULL). Statuses live here, so "overdue" and "waiting for review" are simple counts.
CREATE TABLE answer (
    id             BIGINT        NOT NULL PRIMARY KEY,
    version        BIGINT        NOT NULL,
    created_at     TIMESTAMP     NOT NULL,
    updated_at     TIMESTAMP     NOT NULL,
    assignment_id  BIGINT        NOT NULL REFERENCES assignment (id),
    partner_id     BIGINT        REFERENCES partner (id),
    status         VARCHAR(16)   NOT NULL,
    saved_at       TIMESTAMP,
    submitted_at   TIMESTAMP,
    reviewed_at    TIMESTAMP,
    feedback       VARCHAR(4000),
    feedback_at    TIMESTAMP,
    CONSTRAINT ck_answer_status CHECK (status IN ('ASSIGNED', 'IN_PROGRESS', 'SUBMITTED', 'REVIEWED'))
);
CREATE INDEX ix_answer_assignment ON answer (assignment_id);
CREATE INDEX ix_answer_partner_status ON answer (partner_id, status);

CREATE TABLE answer_value (
    id          BIGINT        NOT NULL PRIMARY KEY,
    version     BIGINT        NOT NULL,
    created_at  TIMESTAMP     NOT NULL,
    updated_at  TIMESTAMP     NOT NULL,
    answer_id   BIGINT        NOT NULL REFERENCES answer (id),
    prompt_id   BIGINT        NOT NULL REFERENCES homework_prompt (id),
    value_text  VARCHAR(8000),
    CONSTRAINT uq_answer_value UNIQUE (answer_id, prompt_id)
);
