package org.rebuildtrust.browser;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The secrets policy as a couple meets it: joint homework waits until both partners have read and signed it. */
class PolicyIT extends BrowserTestSupport {

    @Test
    void jointHomeworkWaitsUntilBothPartnersHaveSignedThePolicyWithTheirOwnName() throws Exception {
        Browser robin = signedIn("robin", DEMO_PASSWORD);
        OwnCouple couple = ownCouple(robin, "Policy", false);

        robin.open("/therapist/couples/assign.xhtml?couple=" + coupleIdOf(couple));
        robin.chooseStartingWith("assignForm:template", "Our new agreements");
        robin.clickLabel("Both together, one joint answer");
        robin.type("assignForm:dueDate", LocalDate.now().plusDays(12).toString());
        robin.clickAndWaitForPage("assignForm:assign");
        assertTrue(robin.pageText().contains("waits until both partners have signed the secrets policy; not signed yet: "
                + couple.nameA() + ", " + couple.nameB() + "."), robin.pageText());

        Browser ada = signedIn(couple.loginA(), PARTNER_PASSWORD).open("/portal/home.xhtml");
        assertTrue(ada.byId("policyStatus").getText().contains("Please read and sign"), ada.pageText());
        ada.open("/portal/policy.xhtml");
        assertTrue(ada.byId("policyText").getText().contains("Your therapist will not keep a secret"), ada.pageText());
        ada.type("policyForm:typedName", couple.nameB());
        ada.clickAjax("policyForm:sign");
        assertTrue(ada.pageText().contains("Type your full name as your practice has it: " + couple.nameA() + "."), ada.pageText());
        ada.type("policyForm:typedName", couple.nameA().toUpperCase());
        ada.clickAjax("policyForm:sign");
        assertTrue(ada.pageText().contains("Your signature is kept with this version."), ada.pageText());
        assertTrue(ada.byId("signedPolicy").getText().contains(couple.nameA().toUpperCase()), ada.pageText());
        signSecretsPolicy(server, couple.loginB(), couple.nameB());

        robin.open(couple.page());
        String intakes = robin.byId("intakes").getText();
        assertTrue(intakes.contains("Signed the secrets policy, version 1 · " + couple.nameA().toUpperCase()), intakes);
        assertFalse(intakes.contains("Has not signed"), intakes);
        robin.open("/therapist/couples/assign.xhtml?couple=" + coupleIdOf(couple));
        robin.chooseStartingWith("assignForm:template", "Our new agreements");
        robin.clickLabel("Both together, one joint answer");
        robin.type("assignForm:dueDate", LocalDate.now().plusDays(12).toString());
        robin.clickAndWaitForPage("assignForm:assign");
        assertTrue(robin.pageText().contains("Homework given (1 assignment)."), robin.pageText());
    }
}
