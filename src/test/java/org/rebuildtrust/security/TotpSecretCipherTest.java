package org.rebuildtrust.security;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TotpSecretCipherTest {

    private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    private static String newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    @Test
    void aSealedSecretIsNotTheSecretAndOpensToItForItsAccount() {
        TotpSecretCipher cipher = TotpSecretCipher.of(newKey(), List.of());
        String sealed = cipher.seal(42, SECRET);
        assertFalse(sealed.contains(SECRET), sealed);
        assertTrue(sealed.startsWith(TotpSecretCipher.PREFIX), sealed);
        assertTrue(sealed.length() <= 160, "fits the column: " + sealed.length());
        assertNotEquals(sealed, cipher.seal(42, SECRET), "a fresh nonce every time");
        assertEquals(SECRET, cipher.open(42, sealed));
    }

    @Test
    void aWrongKeyAnotherAccountOrAChangedValueIsRefused() {
        String key = newKey();
        String sealed = TotpSecretCipher.of(key, List.of()).seal(42, SECRET);
        assertThrows(IllegalStateException.class, () -> TotpSecretCipher.of(newKey(), List.of()).open(42, sealed),
                "another key");
        assertThrows(IllegalStateException.class, () -> TotpSecretCipher.of(key, List.of()).open(43, sealed),
                "another account's row");
        char last = sealed.charAt(sealed.length() - 3);
        String changed = sealed.substring(0, sealed.length() - 3) + (last == 'A' ? 'B' : 'A') + sealed.substring(sealed.length() - 2);
        assertThrows(IllegalStateException.class, () -> TotpSecretCipher.of(key, List.of()).open(42, changed), "changed");
        assertThrows(IllegalStateException.class, () -> TotpSecretCipher.of(key, List.of()).open(42, SECRET),
                "a secret in clear is not opened as if sealed");
    }

    @Test
    void duringARotationTheOlderKeyStillOpensAndTheNewestSeals() {
        String older = newKey();
        String newest = newKey();
        String sealedBefore = TotpSecretCipher.of(older, List.of()).seal(7, SECRET);
        TotpSecretCipher rotating = TotpSecretCipher.of(newest, List.of(older));
        assertEquals(SECRET, rotating.open(7, sealedBefore));
        assertFalse(rotating.isSealedWithNewestKey(sealedBefore), "to be resealed");
        String resealed = rotating.seal(7, SECRET);
        assertTrue(rotating.isSealedWithNewestKey(resealed));
        assertEquals(SECRET, TotpSecretCipher.of(newest, List.of()).open(7, resealed), "the older key is no longer needed");
    }

    @Test
    void aKeyThatIsNot32BytesOfBase64IsRefusedAtStart() {
        assertThrows(IllegalStateException.class, () -> TotpSecretCipher.of("too-short", List.of()));
        assertThrows(IllegalStateException.class, () -> TotpSecretCipher.of(
                Base64.getEncoder().encodeToString(new byte[16]), List.of()));
        assertThrows(IllegalStateException.class, () -> TotpSecretCipher.of(null, List.of()));
    }
}
