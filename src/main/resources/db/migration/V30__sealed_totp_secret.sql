-- TOTP secrets are stored sealed with AES-GCM under a key from configuration (TotpSecretCipher): the sealed form is
-- longer than the Base32 secret. Secrets stored in clear before this are sealed at the next start (TotpSecretResealing).
ALTER TABLE user_account ALTER COLUMN totp_secret SET DATA TYPE VARCHAR(160);
