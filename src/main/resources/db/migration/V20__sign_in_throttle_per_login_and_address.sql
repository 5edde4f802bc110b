-- Waits after failed sign-ins belong to a login name and client address together (issue 12): someone else's failures
-- no longer keep a login's owner out. The old waits of a login alone go. login_name names the login of each pair, so
-- an admin's unlock and a password reset lift all of that login's waits at once.
DELETE FROM sign_in_throttle WHERE subject LIKE 'login:%';
ALTER TABLE sign_in_throttle ADD COLUMN login_name VARCHAR(120);
CREATE INDEX ix_sign_in_throttle_login_name ON sign_in_throttle (login_name);
