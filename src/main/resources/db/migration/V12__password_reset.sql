-- Where a therapist's or admin's password-reset link goes (a partner's goes to the partner's address).
ALTER TABLE user_account ADD COLUMN email VARCHAR(254);

-- Password-reset links: single use, 30 minutes; only the token's SHA-256 is stored.
CREATE TABLE password_reset (
    id           BIGINT        NOT NULL PRIMARY KEY,
    version      BIGINT        NOT NULL,
    created_at   TIMESTAMP     NOT NULL,
    updated_at   TIMESTAMP     NOT NULL,
    account_id   BIGINT        NOT NULL REFERENCES user_account (id),
    token_hash   VARCHAR(64)   NOT NULL,
    expires_at   TIMESTAMP     NOT NULL,
    used_at      TIMESTAMP,
    CONSTRAINT uq_password_reset_token UNIQUE (token_hash)
);
CREATE INDEX ix_password_reset_account ON password_reset (account_id, created_at);
