package org.rebuildtrust.security;

import org.junit.jupiter.api.Test;
import org.rebuildtrust.shared.BusinessRuleException;
import org.rebuildtrust.shared.RecordNotFoundException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AccessRulesTest {

    private static Actor actor(Role role) {
        return new Actor(10, 1, role, "someone", "Someone");
    }

    @Test
    void onlyAnAdminPassesTheAdminCheckAndOthersSeeNothing() {
        actor(Role.ADMIN).requireAdmin();
        assertThrows(RecordNotFoundException.class, () -> actor(Role.THERAPIST).requireAdmin());
        assertThrows(RecordNotFoundException.class, () -> actor(Role.CLIENT).requireAdmin());
    }

    @Test
    void passwordsNeedTwelveToOneHundredTwentyEightCharactersAndNothingElse() {
        AccountService.checkPassword("twelve chars");
        AccountService.checkPassword("x".repeat(128));
        for (String tooShortOrLong : new String[]{null, "", "eleven char", "x".repeat(129)}) {
            BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                    () -> AccountService.checkPassword(tooShortOrLong));
            assertEquals("account.passwordLength", refused.getMessageKey());
        }
    }

    @Test
    void loginNamesCompareWithoutCaseOrSurroundingSpace() {
        assertEquals("dana", UserAccount.normalizeLoginName("  Dana "));
    }
}
