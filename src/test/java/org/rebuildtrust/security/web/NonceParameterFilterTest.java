package org.rebuildtrust.security.web;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NonceParameterFilterTest {

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void onlyTheBase64OfAUuidIsAWellFormedNonce() {
        assertTrue(NonceParameterFilter.wellFormed(base64(UUID.randomUUID().toString())));
        assertFalse(NonceParameterFilter.wellFormed(null));
        assertFalse(NonceParameterFilter.wellFormed(""));
        assertFalse(NonceParameterFilter.wellFormed("x"), "not Base64");
        assertFalse(NonceParameterFilter.wellFormed(base64("not a uuid")), "Base64 of something else");
        assertFalse(NonceParameterFilter.wellFormed(base64(UUID.randomUUID() + "' onload='x")), "too long to be one");
    }
}
