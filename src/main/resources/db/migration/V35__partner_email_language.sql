-- The language of the emails a partner gets before their account has a language of its own (the invitation), as the
-- therapist set it with the partner's details (issue 17).
ALTER TABLE partner ADD COLUMN language VARCHAR(16) DEFAULT 'ENGLISH' NOT NULL;
ALTER TABLE partner ADD CONSTRAINT ck_partner_language CHECK (language IN ('ENGLISH', 'SPANISH'));
