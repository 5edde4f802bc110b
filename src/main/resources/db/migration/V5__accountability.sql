-- The accountability table: dated entries per involved partner and step, never overwritten.
CREATE TABLE accountability_entry (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    version             BIGINT        NOT NULL,
    created_at          TIMESTAMP     NOT NULL,
    updated_at          TIMESTAMP     NOT NULL,
    couple_id           BIGINT        NOT NULL REFERENCES couple (id),
    involved_partner_id BIGINT        NOT NULL REFERENCES partner (id),
    step                VARCHAR(32)   NOT NULL,
    kind                VARCHAR(16)   NOT NULL,
    entry_date          DATE          NOT NULL,
    author_partner_id   BIGINT        REFERENCES partner (id),
    author_account_id   BIGINT        NOT NULL REFERENCES user_account (id),
    rating              INTEGER,
    assessment          VARCHAR(16),
    text                VARCHAR(2000),
    shared              BOOLEAN       NOT NULL,
    CONSTRAINT ck_accountability_step CHECK (step IN ('ACKNOWLEDGE_BETRAYAL', 'TAKE_RESPONSIBILITY', 'MAKE_AMENDS',
        'PROVIDE_TRANSPARENCY')),
    CONSTRAINT ck_accountability_kind CHECK (kind IN ('EVIDENCE', 'HURT_RATING', 'SELF_RATING', 'ASSESSMENT')),
    CONSTRAINT ck_accountability_rating CHECK (rating IS NULL OR rating BETWEEN 0 AND 10),
    CONSTRAINT ck_accountability_assessment CHECK (assessment IS NULL
        OR assessment IN ('NOT_STARTED', 'BEGINNING', 'DEVELOPING', 'CONSISTENT'))
);
CREATE INDEX ix_accountability_table ON accountability_entry (involved_partner_id, step, entry_date);
CREATE INDEX ix_accountability_couple ON accountability_entry (couple_id, entry_date);
