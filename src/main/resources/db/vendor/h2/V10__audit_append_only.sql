-- The embedded H2 database (demo and tests) cannot run the PostgreSQL trigger of this version; there the audit trail
-- is append-only because the application has no update or delete path for it, and the hash chain shows any change.
SELECT 1;
