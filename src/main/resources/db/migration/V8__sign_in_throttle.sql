-- Failed sign-ins per login name and per client address, for the waits that slow down password guessing.
CREATE TABLE sign_in_throttle (
    id               BIGINT        NOT NULL PRIMARY KEY,
    version          BIGINT        NOT NULL,
    created_at       TIMESTAMP     NOT NULL,
    updated_at       TIMESTAMP     NOT NULL,
    subject          VARCHAR(200)  NOT NULL,
    failures         INTEGER       NOT NULL,
    last_failure_at  TIMESTAMP     NOT NULL,
    blocked_until    TIMESTAMP,
    CONSTRAINT uq_sign_in_throttle_subject UNIQUE (subject)
);
