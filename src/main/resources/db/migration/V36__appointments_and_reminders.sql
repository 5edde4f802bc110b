-- Appointments, the therapist's calendar and reminders (issue 13).

-- The practice's time zone: appointments are stored as instants and shown, repeated and reminded in this zone.
ALTER TABLE practice ADD COLUMN time_zone VARCHAR(60) DEFAULT 'UTC' NOT NULL;

-- A recurring series: its occurrences are appointment rows of their own (moved or cancelled one by one, or from one
-- onwards); the series keeps how they were made.
CREATE TABLE appointment_series (
    id           BIGINT       NOT NULL PRIMARY KEY,
    version      BIGINT       NOT NULL,
    created_at   TIMESTAMP    NOT NULL,
    updated_at   TIMESTAMP    NOT NULL,
    couple_id    BIGINT       NOT NULL REFERENCES couple (id),
    cadence      VARCHAR(16)  NOT NULL,
    CONSTRAINT ck_appointment_series_cadence CHECK (cadence IN ('WEEKLY', 'FORTNIGHTLY'))
);

CREATE TABLE appointment (
    id                      BIGINT        NOT NULL PRIMARY KEY,
    version                 BIGINT        NOT NULL,
    created_at              TIMESTAMP     NOT NULL,
    updated_at              TIMESTAMP     NOT NULL,
    couple_id               BIGINT        NOT NULL REFERENCES couple (id),
    series_id               BIGINT        REFERENCES appointment_series (id),
    starts_at               TIMESTAMP     NOT NULL,
    duration_minutes        INTEGER       NOT NULL,
    -- false for sessions recorded only by their day (before appointments existed, or recorded afterwards)
    time_known              BOOLEAN       DEFAULT TRUE NOT NULL,
    kind                    VARCHAR(16)   NOT NULL,
    partner_id              BIGINT        REFERENCES partner (id),
    place                   VARCHAR(500),
    status                  VARCHAR(16)   NOT NULL,
    partner_a_attended      BOOLEAN       DEFAULT FALSE NOT NULL,
    partner_b_attended      BOOLEAN       DEFAULT FALSE NOT NULL,
    held_session_id         BIGINT        REFERENCES held_session (id),
    CONSTRAINT ck_appointment_kind CHECK (kind IN ('JOINT', 'INDIVIDUAL')),
    CONSTRAINT ck_appointment_individual CHECK ((kind = 'INDIVIDUAL') = (partner_id IS NOT NULL)),
    CONSTRAINT ck_appointment_status CHECK (status IN ('SCHEDULED', 'HELD', 'CANCELLED', 'LATE_CANCELLED', 'NO_SHOW')),
    CONSTRAINT ck_appointment_duration CHECK (duration_minutes BETWEEN 5 AND 480),
    CONSTRAINT uq_appointment_held_session UNIQUE (held_session_id)
);
CREATE INDEX ix_appointment_couple ON appointment (couple_id, starts_at);
CREATE INDEX ix_appointment_starts ON appointment (starts_at, status);
CREATE INDEX ix_appointment_series ON appointment (series_id, starts_at);

-- Held sessions recorded before appointments existed become held appointments in V37 (per database: sequences).

-- What each account wants to be reminded of (partners), or sent (therapists: the daily digest).
ALTER TABLE user_account ADD COLUMN remind_appointments BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE user_account ADD COLUMN remind_homework_due BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE user_account ADD COLUMN remind_homework_overdue BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE user_account ADD COLUMN daily_digest BOOLEAN DEFAULT TRUE NOT NULL;
-- A therapist's private calendar feed: only the SHA-256 of its token is kept; a new token replaces the old one.
ALTER TABLE user_account ADD COLUMN calendar_feed_hash VARCHAR(64);
CREATE UNIQUE INDEX uq_user_account_calendar_feed ON user_account (calendar_feed_hash);

-- Each reminder, claimed before it is sent: the unique key (kind, subject, occasion, recipient) lets only one
-- instance or run insert it, and only the run that moves it from QUEUED to SENDING sends it.
CREATE TABLE reminder (
    id                    BIGINT        NOT NULL PRIMARY KEY,
    kind                  VARCHAR(24)   NOT NULL,
    subject_id            BIGINT        NOT NULL,
    occasion              VARCHAR(40)   NOT NULL,
    recipient_account_id  BIGINT        NOT NULL REFERENCES user_account (id),
    recipient_address     VARCHAR(254)  NOT NULL,
    language              VARCHAR(16)   NOT NULL,
    due_at                TIMESTAMP     NOT NULL,
    status                VARCHAR(16)   NOT NULL,
    attempts              INTEGER       DEFAULT 0 NOT NULL,
    next_attempt_at       TIMESTAMP     NOT NULL,
    claimed_by            VARCHAR(200),
    queued_at             TIMESTAMP     NOT NULL,
    sent_at               TIMESTAMP,
    last_failure          VARCHAR(300),
    CONSTRAINT uq_reminder UNIQUE (kind, subject_id, occasion, recipient_account_id),
    CONSTRAINT ck_reminder_kind CHECK (kind IN ('APPOINTMENT', 'HOMEWORK_DUE', 'HOMEWORK_OVERDUE', 'DAILY_DIGEST')),
    CONSTRAINT ck_reminder_status CHECK (status IN ('QUEUED', 'SENDING', 'SENT', 'FAILED'))
);
CREATE INDEX ix_reminder_due ON reminder (status, next_attempt_at);
CREATE INDEX ix_reminder_queued ON reminder (queued_at);
