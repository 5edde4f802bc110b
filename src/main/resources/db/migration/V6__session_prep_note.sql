-- The therapist's private preparation note for the next session; recording the held session keeps it with it.
CREATE TABLE session_prep_note (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    version            BIGINT        NOT NULL,
    created_at         TIMESTAMP     NOT NULL,
    updated_at         TIMESTAMP     NOT NULL,
    couple_id          BIGINT        NOT NULL REFERENCES couple (id),
    held_session_id    BIGINT        REFERENCES held_session (id),
    author_account_id  BIGINT        NOT NULL REFERENCES user_account (id),
    text               VARCHAR(4000) NOT NULL
);
CREATE INDEX ix_prep_note_couple ON session_prep_note (couple_id, held_session_id);
