-- The audit chain is keyed from here on (issue 16): each new entry's hash is an HMAC-SHA256 under a key kept outside
-- the database, named by key_id (the first 16 hex digits of the key's SHA-256). Someone who can write to the database
-- but has no key cannot recompute the chain after changing an entry. Entries written before carry no key_id and stay
-- plain SHA-256; the first keyed entry names the last of them, so changing them is caught too.
ALTER TABLE audit_entry ADD COLUMN key_id VARCHAR(16);

-- The entries written before the chain was keyed are sealed once, under the key, where they end: an HMAC over their
-- last position and hash (key id, colon, HMAC). Changing, adding or removing any of them, or passing a keyed entry off
-- as one of them, no longer matches the seal.
ALTER TABLE audit_chain_head ADD COLUMN legacy_end BIGINT;
ALTER TABLE audit_chain_head ADD COLUMN legacy_seal VARCHAR(90);
