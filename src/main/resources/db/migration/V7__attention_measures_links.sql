-- The caseload's "needs attention" ordering: the number of flags a couple has and which kinds, kept current by
-- review.CaseloadAttention whenever something happens to the couple and once a day (flags also age with time).
ALTER TABLE couple ADD COLUMN attention_count INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE couple ADD COLUMN attention_kinds VARCHAR(200);
CREATE INDEX ix_couple_therapist_attention ON couple (therapist_id, attention_count, last_activity_at);

-- The day a check-in was last saved (it may be revised later in its week); the 14-day rule counts from it.
ALTER TABLE check_in ADD COLUMN checked_in_on DATE;
UPDATE check_in SET checked_in_on = CAST(updated_at AS DATE);
ALTER TABLE check_in ALTER COLUMN checked_in_on SET NOT NULL;

-- Which check-in measure a prompt of a check-in template collects, so submitting the weekly check-in homework
-- records the partner's check-in for that week.
ALTER TABLE homework_prompt ADD COLUMN check_in_measure VARCHAR(16);
ALTER TABLE homework_prompt ADD CONSTRAINT ck_prompt_measure
    CHECK (check_in_measure IN ('TRUST', 'SAFETY', 'CONNECTION', 'COMMUNICATION', 'NOTE'));
UPDATE homework_prompt SET check_in_measure = 'TRUST' WHERE id = 211;
UPDATE homework_prompt SET check_in_measure = 'SAFETY' WHERE id = 212;
UPDATE homework_prompt SET check_in_measure = 'CONNECTION' WHERE id = 213;
UPDATE homework_prompt SET check_in_measure = 'COMMUNICATION' WHERE id = 214;
UPDATE homework_prompt SET check_in_measure = 'NOTE' WHERE id = 215;

-- Evidence in the accountability table may point at a homework answer the involved partner submitted.
ALTER TABLE accountability_entry ADD COLUMN answer_id BIGINT REFERENCES answer (id);
