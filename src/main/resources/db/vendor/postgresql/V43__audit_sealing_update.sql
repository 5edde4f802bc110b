-- The audit trail stays append-only with one exception, the sealing of a waiting entry (V42): an update is allowed
-- only when it gives an entry that had no position its position and hashes, and changes nothing else. A sealed entry
-- is never changed; deletes and truncation are refused as before.
CREATE OR REPLACE FUNCTION audit_entry_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.position IS NULL AND NEW.position >= 1
            AND NEW.previous_hash IS NOT NULL AND NEW.hash IS NOT NULL
            AND NEW.id = OLD.id
            AND NEW.occurred_at IS NOT DISTINCT FROM OLD.occurred_at
            AND NEW.account_id IS NOT DISTINCT FROM OLD.account_id
            AND NEW.login_name IS NOT DISTINCT FROM OLD.login_name
            AND NEW.role IS NOT DISTINCT FROM OLD.role
            AND NEW.action IS NOT DISTINCT FROM OLD.action
            AND NEW.record_type IS NOT DISTINCT FROM OLD.record_type
            AND NEW.record_id IS NOT DISTINCT FROM OLD.record_id
            AND NEW.couple_id IS NOT DISTINCT FROM OLD.couple_id
            AND NEW.address IS NOT DISTINCT FROM OLD.address
            AND NEW.detail IS NOT DISTINCT FROM OLD.detail
            AND NEW.key_id IS NOT DISTINCT FROM OLD.key_id
            AND NEW.entry_mac IS NOT DISTINCT FROM OLD.entry_mac THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'The audit trail is append-only: % is refused', TG_OP;
END;
$$;

-- Ids come fifty at a time to each instance (no sequence call per entry); the chain's order is the sealer's. The
-- persistence provider takes the fifty ids up to each value the sequence gives, so the next value must leave room for
-- fifty above every id already used.
ALTER SEQUENCE audit_entry_seq INCREMENT BY 50;
SELECT setval('audit_entry_seq', (SELECT COALESCE(MAX(id), 0) + 50 FROM audit_entry), false);
