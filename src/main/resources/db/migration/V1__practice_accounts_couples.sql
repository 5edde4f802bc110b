-- The walking skeleton: practices, logins, therapists, couples and their two partners.
-- Portable SQL: the same script runs on H2 (embedded default) and PostgreSQL (production).

CREATE SEQUENCE entity_id_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE practice (
    id          BIGINT       NOT NULL PRIMARY KEY,
    version     BIGINT       NOT NULL,
    created_at  TIMESTAMP    NOT NULL,
    updated_at  TIMESTAMP    NOT NULL,
    name        VARCHAR(120) NOT NULL
);

CREATE TABLE user_account (
    id            BIGINT       NOT NULL PRIMARY KEY,
    version       BIGINT       NOT NULL,
    created_at    TIMESTAMP    NOT NULL,
    updated_at    TIMESTAMP    NOT NULL,
    practice_id   BIGINT       NOT NULL REFERENCES practice (id),
    login_name    VARCHAR(64)  NOT NULL,
    display_name  VARCHAR(120) NOT NULL,
    password_hash VARCHAR(400) NOT NULL,
    role          VARCHAR(16)  NOT NULL,
    enabled       BOOLEAN      NOT NULL,
    CONSTRAINT uq_user_account_login UNIQUE (login_name),
    CONSTRAINT ck_user_account_role CHECK (role IN ('ADMIN', 'THERAPIST', 'CLIENT'))
);
CREATE INDEX ix_user_account_practice ON user_account (practice_id);

CREATE TABLE therapist (
    id            BIGINT       NOT NULL PRIMARY KEY,
    version       BIGINT       NOT NULL,
    created_at    TIMESTAMP    NOT NULL,
    updated_at    TIMESTAMP    NOT NULL,
    practice_id   BIGINT       NOT NULL REFERENCES practice (id),
    account_id    BIGINT       NOT NULL REFERENCES user_account (id),
    display_name  VARCHAR(120) NOT NULL,
    CONSTRAINT uq_therapist_account UNIQUE (account_id)
);
CREATE INDEX ix_therapist_practice ON therapist (practice_id);

CREATE TABLE couple (
    id               BIGINT        NOT NULL PRIMARY KEY,
    version          BIGINT        NOT NULL,
    created_at       TIMESTAMP     NOT NULL,
    updated_at       TIMESTAMP     NOT NULL,
    practice_id      BIGINT        NOT NULL REFERENCES practice (id),
    therapist_id     BIGINT        NOT NULL REFERENCES therapist (id),
    label            VARCHAR(120)  NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    infidelity_kind  VARCHAR(16)   NOT NULL,
    discovery_date   DATE,
    start_date       DATE          NOT NULL,
    closing_date     DATE,
    summary          VARCHAR(2000),
    last_activity_at TIMESTAMP     NOT NULL,
    CONSTRAINT ck_couple_status CHECK (status IN ('INTAKE', 'ACTIVE', 'PAUSED', 'CLOSED')),
    CONSTRAINT ck_couple_kind CHECK (infidelity_kind IN ('EMOTIONAL', 'PHYSICAL', 'BOTH', 'NOT_DISCLOSED')),
    CONSTRAINT ck_couple_closing CHECK ((status = 'CLOSED') = (closing_date IS NOT NULL))
);
-- The caseload: a therapist's couples (or a practice's, for admins) by status and recent activity.
CREATE INDEX ix_couple_therapist_activity ON couple (therapist_id, last_activity_at);
CREATE INDEX ix_couple_practice_activity ON couple (practice_id, last_activity_at);
CREATE INDEX ix_couple_therapist_status ON couple (therapist_id, status);

CREATE TABLE partner (
    id            BIGINT       NOT NULL PRIMARY KEY,
    version       BIGINT       NOT NULL,
    created_at    TIMESTAMP    NOT NULL,
    updated_at    TIMESTAMP    NOT NULL,
    couple_id     BIGINT       NOT NULL REFERENCES couple (id),
    seat          INTEGER      NOT NULL,
    full_name     VARCHAR(120) NOT NULL,
    email         VARCHAR(254) NOT NULL,
    recovery_role VARCHAR(16)  NOT NULL,
    account_id    BIGINT       REFERENCES user_account (id),
    CONSTRAINT uq_partner_seat UNIQUE (couple_id, seat),
    CONSTRAINT uq_partner_account UNIQUE (account_id),
    CONSTRAINT ck_partner_seat CHECK (seat IN (1, 2)),
    CONSTRAINT ck_partner_role CHECK (recovery_role IN ('HURT', 'INVOLVED', 'BOTH', 'NOT_SET'))
);
