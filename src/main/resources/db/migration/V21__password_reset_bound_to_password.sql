-- A reset link works only while the password it was sent for is unchanged (issue 12): the SHA-256 of the account's
-- password hash when the link was made. Links made before this column existed are not usable any more.
ALTER TABLE password_reset ADD COLUMN password_fingerprint VARCHAR(64);
