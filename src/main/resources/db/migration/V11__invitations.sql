-- Invitations to the portal: an emailed single-use link, valid 72 hours; only the token's SHA-256 is stored.
CREATE TABLE invitation (
    id                     BIGINT        NOT NULL PRIMARY KEY,
    version                BIGINT        NOT NULL,
    created_at             TIMESTAMP     NOT NULL,
    updated_at             TIMESTAMP     NOT NULL,
    partner_id             BIGINT        NOT NULL REFERENCES partner (id),
    email                  VARCHAR(254)  NOT NULL,
    token_hash             VARCHAR(64)   NOT NULL,
    expires_at             TIMESTAMP     NOT NULL,
    accepted_at            TIMESTAMP,
    revoked_at             TIMESTAMP,
    invited_by_account_id  BIGINT        NOT NULL REFERENCES user_account (id),
    CONSTRAINT uq_invitation_token UNIQUE (token_hash)
);
CREATE INDEX ix_invitation_partner ON invitation (partner_id, created_at);
