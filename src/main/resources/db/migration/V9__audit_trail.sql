-- The audit trail: who did what to which record, when and from where. Append-only and hash-chained: each entry
-- carries the hash of the one before it (see audit.AuditEntry). couple_id and account_id have no foreign keys on
-- purpose: the trail outlives erased records.
CREATE SEQUENCE audit_entry_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE audit_entry (
    id             BIGINT        NOT NULL PRIMARY KEY,
    position       BIGINT        NOT NULL,
    occurred_at    TIMESTAMP     NOT NULL,
    account_id     BIGINT,
    login_name     VARCHAR(200),
    role           VARCHAR(16),
    action         VARCHAR(16)   NOT NULL,
    record_type    VARCHAR(24),
    record_id      BIGINT,
    couple_id      BIGINT,
    address        VARCHAR(64),
    detail         VARCHAR(200),
    previous_hash  VARCHAR(64)   NOT NULL,
    hash           VARCHAR(64)   NOT NULL,
    CONSTRAINT uq_audit_position UNIQUE (position)
);
CREATE INDEX ix_audit_couple ON audit_entry (couple_id, occurred_at);
CREATE INDEX ix_audit_account ON audit_entry (account_id, occurred_at);
CREATE INDEX ix_audit_time ON audit_entry (occurred_at);

-- The end of the chain, locked while an entry is appended so entries get consecutive positions.
CREATE TABLE audit_chain_head (
    id             BIGINT        NOT NULL PRIMARY KEY,
    last_position  BIGINT        NOT NULL,
    last_hash      VARCHAR(64)   NOT NULL
);
INSERT INTO audit_chain_head (id, last_position, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
