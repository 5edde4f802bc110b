-- The practice's secrets policy: what the therapist does with something one partner tells in private. Each revision is
-- kept as written; a new one never changes what a partner signed (issue 14).
CREATE TABLE secrets_policy (
    id                        BIGINT         NOT NULL PRIMARY KEY,
    version                   BIGINT         NOT NULL,
    created_at                TIMESTAMP      NOT NULL,
    updated_at                TIMESTAMP      NOT NULL,
    practice_id               BIGINT         NOT NULL REFERENCES practice (id),
    revision                  INTEGER        NOT NULL,
    text                      VARCHAR(8000)  NOT NULL,
    published_at              TIMESTAMP      NOT NULL,
    published_by_account_id   BIGINT         NOT NULL REFERENCES user_account (id),
    CONSTRAINT uq_secrets_policy_revision UNIQUE (practice_id, revision)
);

-- A partner's signature of one revision: the name they typed and when.
CREATE TABLE policy_signature (
    id            BIGINT         NOT NULL PRIMARY KEY,
    version       BIGINT         NOT NULL,
    created_at    TIMESTAMP      NOT NULL,
    updated_at    TIMESTAMP      NOT NULL,
    partner_id    BIGINT         NOT NULL REFERENCES partner (id),
    policy_id     BIGINT         NOT NULL REFERENCES secrets_policy (id),
    typed_name    VARCHAR(120)   NOT NULL,
    signed_at     TIMESTAMP      NOT NULL,
    CONSTRAINT uq_policy_signature UNIQUE (partner_id, policy_id)
);
CREATE INDEX ix_policy_signature_partner ON policy_signature (partner_id);
