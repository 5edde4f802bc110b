package org.rebuildtrust.sessiontimeout;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rebuildtrust.browser.Browser;
import org.rebuildtrust.browser.PayaraServer;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The idle timeout with a one-minute session on a server of its own (H2 only: it waits in real time): the warning
 * comes after half the time, "Stay signed in" keeps the session, and an unattended page then ends on the sign-in
 * page with the server's session gone.
 */
class SessionTimeoutIT {

    private static PayaraServer server;

    @BeforeAll
    static void startServer() {
        server = PayaraServer.startDedicated("payara-timeout", "-Drebuild.session.idle-minutes=1");
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    private static boolean warningShown(Browser browser) {
        List<WebElement> dialog = browser.all(By.id("sessionWarningForm:sessionWarning"));
        return !dialog.isEmpty() && dialog.get(0).isDisplayed();
    }

    @Test
    void aWarningComesBeforeTheEndStayingSignedInKeepsTheSessionAndAnUnattendedPageEndsIt() throws InterruptedException {
        try (Browser robin = new Browser(server)) {
            robin.signIn("robin", "demo-password-2026");
            assertEquals("/therapist/caseload.xhtml", robin.currentPath());

            new WebDriverWait(robin.driver(), Duration.ofSeconds(50)).until(d -> warningShown(robin));
            robin.driver().findElement(By.id("sessionWarningForm:staySignedIn")).click();
            new WebDriverWait(robin.driver(), Duration.ofSeconds(10)).until(d -> !warningShown(robin));

            Thread.sleep(40_000); // past the minute the session would have had without "Stay signed in"
            assertEquals("/therapist/caseload.xhtml", robin.currentPath(), "still on the page");
            robin.open("/therapist/caseload.xhtml");
            assertEquals("/therapist/caseload.xhtml", robin.currentPath(), "the session was kept");

            new WebDriverWait(robin.driver(), Duration.ofSeconds(90)).until(d -> robin.currentPath().equals("/login.xhtml"));
            robin.open("/therapist/caseload.xhtml");
            assertEquals("/login.xhtml", robin.currentPath(), "the server ended the session too");
        }
    }
}
