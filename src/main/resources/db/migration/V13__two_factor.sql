-- Two-factor sign-in (TOTP, RFC 6238): the account's secret (set at enrolment, in use once confirmed), the last
-- time step accepted (a code works once), hashed single-use recovery codes, and the practice's "required" setting.
ALTER TABLE user_account ADD COLUMN totp_secret VARCHAR(64);
ALTER TABLE user_account ADD COLUMN totp_enabled BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE user_account ADD COLUMN totp_last_step BIGINT;
ALTER TABLE practice ADD COLUMN require_two_factor BOOLEAN DEFAULT FALSE NOT NULL;
CREATE TABLE recovery_code (
    id          BIGINT        NOT NULL PRIMARY KEY,
    version     BIGINT        NOT NULL,
    created_at  TIMESTAMP     NOT NULL,
    updated_at  TIMESTAMP     NOT NULL,
    account_id  BIGINT        NOT NULL REFERENCES user_account (id),
    code_hash   VARCHAR(64)   NOT NULL,
    used_at     TIMESTAMP
);
CREATE INDEX ix_recovery_code_account ON recovery_code (account_id);
