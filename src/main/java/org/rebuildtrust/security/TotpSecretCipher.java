package org.rebuildtrust.security;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Seals TOTP secrets with AES-256-GCM under keys kept in configuration, never in the database: a copy of the database
 * alone does not give anyone the second factor. The newest key seals; older keys (during a rotation) only open. A
 * sealed value names its key by a short fingerprint and is bound to its account, so it opens for that account only.
 * <p>
 * Stored form: {@code aesgcm1:<key fingerprint>:<Base64 of 12-byte nonce + ciphertext + 16-byte tag>}.
 */
public final class TotpSecretCipher {

    static final String PREFIX = "aesgcm1:";
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private record Key(String fingerprint, SecretKeySpec spec) {
    }

    /** Newest first. */
    private final List<Key> keys;

    private TotpSecretCipher(List<Key> keys) {
        this.keys = List.copyOf(keys);
    }

    /**
     * The cipher of a current key and any older keys still needed to open secrets sealed before a rotation; each key is
     * the Base64 of 32 random bytes.
     */
    public static TotpSecretCipher of(String currentKey, List<String> olderKeys) {
        List<Key> keys = new ArrayList<>();
        keys.add(key(currentKey, "the current key"));
        for (String older : olderKeys) {
            if (!older.isBlank()) {
                keys.add(key(older.strip(), "an older key"));
            }
        }
        return new TotpSecretCipher(keys);
    }

    /** A key made from a phrase, for the demo only (whose data is made up): never for a real installation. */
    static String demoKeyFrom(String phrase) {
        return Base64.getEncoder().encodeToString(sha256(phrase.getBytes(StandardCharsets.UTF_8)));
    }

    private static Key key(String base64, String which) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64 == null ? "" : base64.strip());
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalStateException("The TOTP key (" + which + ") is not Base64");
        }
        if (bytes.length != KEY_BYTES) {
            throw new IllegalStateException("The TOTP key (" + which + ") must be 32 bytes (Base64 of 32 random bytes),"
                    + " not " + bytes.length);
        }
        String fingerprint = HexFormat.of().formatHex(sha256(bytes), 0, 4);
        return new Key(fingerprint, new SecretKeySpec(bytes, "AES"));
    }

    /** The secret sealed under the newest key, for this account only. */
    public String seal(long accountId, String secret) {
        Key key = keys.get(0);
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key.spec(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(boundTo(accountId));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            byte[] stored = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
            return PREFIX + key.fingerprint() + ":" + Base64.getEncoder().encodeToString(stored);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("AES-GCM is not available", impossible);
        }
    }

    /**
     * The secret of a sealed value; refused (an {@link IllegalStateException}) when no configured key made it, or it
     * was changed, or it belongs to another account.
     */
    public String open(long accountId, String stored) {
        if (!isSealed(stored)) {
            throw new IllegalStateException("The stored TOTP secret is not sealed");
        }
        String[] parts = stored.substring(PREFIX.length()).split(":", 2);
        Key key = keyOf(parts[0]).orElseThrow(() -> new IllegalStateException(
                "The TOTP secret was sealed with a key that is not configured (" + parts[0] + ")"));
        try {
            byte[] bytes = Base64.getDecoder().decode(parts.length < 2 ? "" : parts[1]);
            if (bytes.length <= NONCE_BYTES) {
                throw new IllegalStateException("The stored TOTP secret is cut short");
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key.spec(), new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            cipher.updateAAD(boundTo(accountId));
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (AEADBadTagException | IllegalArgumentException refused) {
            throw new IllegalStateException("The stored TOTP secret does not open with its key (changed, or another"
                    + " account's)");
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("AES-GCM is not available", impossible);
        }
    }

    /** Whether a stored value is sealed at all (values from before sealing are the bare Base32 secret). */
    public static boolean isSealed(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    /** Whether a stored value is sealed under the newest key (else it is resealed: see {@link TotpSecretResealing}). */
    public boolean isSealedWithNewestKey(String stored) {
        return isSealed(stored) && stored.startsWith(PREFIX + keys.get(0).fingerprint() + ":");
    }

    private Optional<Key> keyOf(String fingerprint) {
        return keys.stream().filter(k -> k.fingerprint().equals(fingerprint)).findFirst();
    }

    private static byte[] boundTo(long accountId) {
        return ("rebuild-totp-account:" + accountId).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
