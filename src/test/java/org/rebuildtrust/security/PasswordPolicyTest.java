package org.rebuildtrust.security;

import org.junit.jupiter.api.Test;
import org.rebuildtrust.shared.BusinessRuleException;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordPolicyTest {

    private static String refusal(String password) {
        return assertThrows(BusinessRuleException.class, () -> PasswordPolicy.check(password, "password")).getMessageKey();
    }

    @Test
    void twelveTo128CharactersWithoutCompositionRules() {
        assertEquals("account.passwordLength", refusal(null));
        assertEquals("account.passwordLength", refusal("eleven char"));
        assertDoesNotThrow(() -> PasswordPolicy.check("twelve chars", "password"));
        assertDoesNotThrow(() -> PasswordPolicy.check("lowercase only, no digits needed", "password"));
        assertDoesNotThrow(() -> PasswordPolicy.check("x".repeat(128), "password"));
        assertEquals("account.passwordLength", refusal("x".repeat(129)));
        assertDoesNotThrow(() -> PasswordPolicy.check("🙂".repeat(12), "password"), "characters, not UTF-16 units");
    }

    @Test
    void commonPasswordsAreRefusedWhateverTheirCase() {
        assertTrue(PasswordPolicy.commonPasswordCount() >= 10_000, "at least 10,000 common passwords");
        assertEquals("account.passwordCommon", refusal("1qaz2wsx3edc"));
        assertEquals("account.passwordCommon", refusal("qwerty123456"));
        assertEquals("account.passwordCommon", refusal("LeaveMeAlone"));
        assertDoesNotThrow(() -> PasswordPolicy.check("harbor lantern quietly", "password"));
    }
}
