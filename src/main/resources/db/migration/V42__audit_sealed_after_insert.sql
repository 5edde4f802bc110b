-- Audit entries are inserted without taking the chain's head (issue 16): an action's transaction inserts its entry
-- with no position and no chain hash, only an HMAC of its own content under the audit key (entry_mac), and the sealer
-- (audit.AuditTrail.sealPending, every second on whichever instance holds the head's lock) chains the waiting entries
-- in order shortly after. The entry_mac means that someone who can write to the database but holds no key cannot
-- slip in an entry for the sealer to chain.
ALTER TABLE audit_entry ALTER COLUMN position DROP NOT NULL;
ALTER TABLE audit_entry ALTER COLUMN previous_hash DROP NOT NULL;
ALTER TABLE audit_entry ALTER COLUMN hash DROP NOT NULL;
ALTER TABLE audit_entry ADD COLUMN entry_mac VARCHAR(64);

-- The sequence of entry ids moves to steps of fifty in V43 (per database: the restart value is computed there).
