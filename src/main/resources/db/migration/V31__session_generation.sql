-- Ending an account's sessions must reach every instance of the application, not only the one where it was clicked:
-- each signed-in session remembers the account's generation at sign-in, and a session of an older generation is ended
-- at its next request (SignedInSessions). A new password or a deactivation starts a new generation.
ALTER TABLE user_account ADD COLUMN session_generation INTEGER DEFAULT 0 NOT NULL;
