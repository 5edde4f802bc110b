-- The language a person chose for their pages and emails (issue 17). NULL: not chosen, the browser's language decides.
ALTER TABLE user_account ADD COLUMN language VARCHAR(16);
ALTER TABLE user_account ADD CONSTRAINT ck_user_account_language CHECK (language IN ('ENGLISH', 'SPANISH'));
