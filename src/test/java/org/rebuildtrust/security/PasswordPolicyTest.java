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

    @Test
    void onlySpacesAreRefused() {
        assertEquals("account.passwordBlank", refusal(" ".repeat(12)));
        assertEquals("account.passwordBlank", refusal("\t".repeat(6) + "\u3000".repeat(6)), "any white space");
        assertDoesNotThrow(() -> PasswordPolicy.check("  spaced out  words ", "password"));
    }

    @Test
    void theLoginNameWithOrWithoutDigitsIsRefused() {
        for (String password : new String[]{"robin.vale.therapy", "Robin.Vale.Therapy2026", "2026robin.vale.therapy",
                " robin.vale.therapy123 "}) {
            assertEquals("account.passwordIsLoginName", assertThrows(BusinessRuleException.class,
                    () -> PasswordPolicy.check(password, "password", "robin.vale.therapy")).getMessageKey(), password);
        }
        assertDoesNotThrow(() -> PasswordPolicy.check("robin.vale.therapy walks home", "password", "robin.vale.therapy"),
                "a longer phrase that holds the name is fine");
        assertDoesNotThrow(() -> PasswordPolicy.check("robin.vale.therapy", "password", null), "no login yet");
    }
}
