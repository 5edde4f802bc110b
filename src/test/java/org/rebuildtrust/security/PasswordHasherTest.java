package org.rebuildtrust.security;

import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(new Pbkdf2PasswordHashImpl());

    @Test
    void storesPbkdf2HmacSha256WithSixHundredThousandIterations() {
        String hash = hasher.hash("correct horse battery");
        // Soteria's format: algorithm:iterations:salt:hash
        String[] parts = hash.split(":");
        assertEquals("PBKDF2WithHmacSHA256", parts[0]);
        assertEquals(600_000, Integer.parseInt(parts[1]));
    }

    @Test
    void aHashOfALowerCostStillVerifiesAndIsMarkedForUpgradeWhileOneOfTodaysCostIsNot() {
        String older = PasswordHasher.withIterations(new Pbkdf2PasswordHashImpl(), 1_024).hash("correct horse battery");
        assertEquals(1_024, PasswordHasher.iterationsOf(older));
        assertTrue(hasher.matches("correct horse battery", older), "the stored hash carries its own cost");
        assertFalse(hasher.matches("correct horse batterx", older));
        assertTrue(hasher.needsUpgrade(older));
        assertFalse(hasher.needsUpgrade(hasher.hash("correct horse battery")));
    }

    @Test
    void theRightPasswordMatchesAndAWrongOneDoesNot() {
        String hash = hasher.hash("correct horse battery");
        assertTrue(hasher.matches("correct horse battery", hash));
        assertFalse(hasher.matches("correct horse batterx", hash));
        assertFalse(hasher.matchNothing("correct horse battery"));
    }

    @Test
    void aNonAsciiPasswordMatchesWhicheverWayItsAccentsAreEncoded() {
        String composed = "Grüße-aus-München-2026";
        String decomposed = java.text.Normalizer.normalize(composed, java.text.Normalizer.Form.NFD);
        assertNotEquals(composed, decomposed);
        String hash = hasher.hash(composed);
        assertTrue(hasher.matches(composed, hash));
        assertTrue(hasher.matches(decomposed, hash), "ü typed as u and a combining mark");
        assertFalse(hasher.matches("Grusse-aus-Munchen-2026", hash));
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTime() {
        assertNotEquals(hasher.hash("same password twice"), hasher.hash("same password twice"));
    }
}
