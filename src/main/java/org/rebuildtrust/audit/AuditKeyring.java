package org.rebuildtrust.audit;

import org.rebuildtrust.shared.Tokens;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The keys of the audit chain: the current one seals new entries; older ones (after a rotation) still verify what they
 * sealed. Each key is named by the first 16 hex digits of its SHA-256, stored with every entry it sealed.
 */
public final class AuditKeyring {

    private static final String ALGORITHM = "HmacSHA256";
    /** At least 256 bits: an HMAC key shorter than its hash adds nothing but guessability. */
    static final int MIN_KEY_BYTES = 32;

    private final String currentId;
    private final Map<String, byte[]> keys = new LinkedHashMap<>();

    private AuditKeyring(byte[] current, List<byte[]> older) {
        currentId = idOf(current);
        keys.put(currentId, current.clone());
        older.forEach(key -> keys.putIfAbsent(idOf(key), key.clone()));
    }

    public static AuditKeyring of(byte[] current, List<byte[]> older) {
        for (byte[] key : concat(current, older)) {
            if (key.length < MIN_KEY_BYTES) {
                throw new IllegalArgumentException("An audit chain key needs at least " + MIN_KEY_BYTES + " bytes");
            }
        }
        return new AuditKeyring(current, older);
    }

    private static List<byte[]> concat(byte[] current, List<byte[]> older) {
        java.util.ArrayList<byte[]> all = new java.util.ArrayList<>(older);
        all.add(current);
        return all;
    }

    static String idOf(byte[] key) {
        return Tokens.sha256Hex(HexFormat.of().formatHex(key)).substring(0, 16);
    }

    String currentId() {
        return currentId;
    }

    /** The HMAC of the text under the named key, or empty when this keyring does not hold that key. */
    Optional<String> mac(String keyId, String text) {
        byte[] key = keys.get(keyId);
        if (key == null) {
            return Optional.empty();
        }
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return Optional.of(HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8))));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", impossible);
        }
    }

    /** A key derived from other key material for one purpose only (HMAC of the purpose's name under the material). */
    static byte[] derive(byte[] material, String purpose) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(material, ALGORITHM));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", impossible);
        }
    }
}
