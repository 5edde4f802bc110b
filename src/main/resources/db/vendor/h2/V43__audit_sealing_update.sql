-- The embedded H2 database (demo and tests) has no trigger for the audit trail (see V10); nothing to change there.

-- Ids come fifty at a time to each instance (no sequence call per entry); the chain's order is the sealer's. The
-- persistence provider takes the fifty ids up to each value the sequence gives, so the next value must leave room for
-- fifty above every id already used.
ALTER SEQUENCE audit_entry_seq INCREMENT BY 50;
ALTER SEQUENCE audit_entry_seq RESTART WITH (SELECT COALESCE(MAX(id), 0) + 50 FROM audit_entry);
