-- Session notes (issue 14): a progress note per held appointment in DAP form (data, assessment, plan), signed and then
-- locked, corrected only by dated addenda; and psychotherapy notes, kept apart, read only by the therapist who wrote
-- them.
CREATE TABLE session_note (
    id                      BIGINT         NOT NULL PRIMARY KEY,
    version                 BIGINT         NOT NULL,
    created_at              TIMESTAMP      NOT NULL,
    updated_at              TIMESTAMP      NOT NULL,
    appointment_id          BIGINT         NOT NULL REFERENCES appointment (id),
    couple_id               BIGINT         NOT NULL REFERENCES couple (id),
    author_account_id       BIGINT         NOT NULL REFERENCES user_account (id),
    data_text               VARCHAR(8000),
    assessment_text         VARCHAR(8000),
    plan_text               VARCHAR(8000),
    signed_at               TIMESTAMP,
    CONSTRAINT uq_session_note_appointment UNIQUE (appointment_id)
);
CREATE INDEX ix_session_note_author ON session_note (author_account_id, signed_at);

CREATE TABLE note_addendum (
    id                  BIGINT         NOT NULL PRIMARY KEY,
    version             BIGINT         NOT NULL,
    created_at          TIMESTAMP      NOT NULL,
    updated_at          TIMESTAMP      NOT NULL,
    session_note_id     BIGINT         NOT NULL REFERENCES session_note (id),
    author_account_id   BIGINT         NOT NULL REFERENCES user_account (id),
    text                VARCHAR(4000)  NOT NULL,
    added_at            TIMESTAMP      NOT NULL
);
CREATE INDEX ix_note_addendum_note ON note_addendum (session_note_id);

CREATE TABLE psychotherapy_note (
    id                  BIGINT         NOT NULL PRIMARY KEY,
    version             BIGINT         NOT NULL,
    created_at          TIMESTAMP      NOT NULL,
    updated_at          TIMESTAMP      NOT NULL,
    appointment_id      BIGINT         NOT NULL REFERENCES appointment (id),
    author_account_id   BIGINT         NOT NULL REFERENCES user_account (id),
    text                VARCHAR(8000),
    CONSTRAINT uq_psychotherapy_note UNIQUE (appointment_id, author_account_id)
);
