-- The caseload's default order (a safety flag waiting for the therapist's decision first, then the most flags, then
-- the most recently active) read from an index, so the admin's first page of 8,000 couples is the index's first 25
-- entries instead of a sort of every couple (issue 16). The order's first key was an expression the database could
-- not match to an index (EclipseLink binds its constants); it is now a column the database computes.
ALTER TABLE couple ADD COLUMN safety_hold INTEGER GENERATED ALWAYS AS
    (CASE WHEN safety_state = 'RAISED' THEN 1 ELSE 0 END) STORED;

DROP INDEX ix_couple_therapist_attention;
CREATE INDEX ix_couple_therapist_needs_attention
    ON couple (therapist_id, safety_hold DESC, attention_count DESC, last_activity_at DESC, id);
CREATE INDEX ix_couple_practice_needs_attention
    ON couple (practice_id, safety_hold DESC, attention_count DESC, last_activity_at DESC, id);
