package org.rebuildtrust.security.web;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Where a sign-in may send a person back to: the browser says, so every tampered value must lead home instead. */
class ReturnAfterSignInTest {

    @Test
    void theApplicationsOwnPagesAreReturnedTo() {
        for (String page : List.of("/portal/answer.xhtml?id=4711", "/therapist/couples/assignment.xhtml?id=12",
                "/account/password.xhtml", "/admin/accounts.xhtml", "/therapist/couples/review.xhtml?couple=3&tab=flags")) {
            assertEquals(page, LoginBacking.safeReturnPath(page));
        }
    }

    @Test
    void anythingElseLeadsHome() {
        for (String tampered : List.of("https://evil.example/portal/answer.xhtml", "//evil.example/portal/answer.xhtml",
                "/\\evil.example/portal/a.xhtml", "/portal/../login.xhtml", "/portal/answer.xhtml?id=1#x",
                "/portal/answer.xhtml?next=https://evil.example", "/portal/answer.xhtml%0d%0aSet-Cookie:x=1",
                "javascript:alert(1)", "/login.xhtml", "/portal/answer.xhtml?id=" + "9".repeat(120), "", "portal/home.xhtml")) {
            assertEquals("/index.xhtml", LoginBacking.safeReturnPath(tampered), tampered);
        }
        assertEquals("/index.xhtml", LoginBacking.safeReturnPath(null));
    }
}
