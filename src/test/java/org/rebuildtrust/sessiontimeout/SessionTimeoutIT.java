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
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The idle timeout and the absolute lifetime on a server of its own with a one-minute idle time and a three-minute
 * lifetime (H2 only: it waits in real time). Idle: the warning comes after half the time, "Stay signed in" keeps the
 * session, and an unattended page then ends on the sign-in page with the server's session gone. Lifetime: a session
 * kept busy well inside its idle time still ends once its lifetime is over.
 */
class SessionTimeoutIT {

    private static final Duration LIFETIME = Duration.ofMinutes(3);

    private static PayaraServer server;

    @BeforeAll
    static void startServer() {
        server = PayaraServer.startDedicated("payara-timeout", "-Drebuild.session.idle-minutes=1",
                "-Drebuild.session.max-minutes=" + LIFETIME.toMinutes());
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
            assertTrue(robin.byId("endedNotice").getText().contains("nothing happened for a while"), "told why");
            robin.open("/therapist/caseload.xhtml");
            assertEquals("/login.xhtml", robin.currentPath(), "the server ended the session too");
        }
    }

    @Test
    void aBusySessionStillEndsWhenItsLifetimeIsOver() throws InterruptedException {
        try (Browser alex = new Browser(server)) {
            alex.signIn("alex", "demo-password-2026");
            Instant signedIn = Instant.now();
            assertEquals("/portal/home.xhtml", alex.currentPath());

            // A page every 40 seconds: never idle for the one-minute idle time, up to just before the lifetime.
            while (Duration.between(signedIn, Instant.now()).plusSeconds(40).compareTo(LIFETIME.minusSeconds(10)) < 0) {
                Thread.sleep(40_000);
                alex.open("/portal/checkin.xhtml");
                assertEquals("/portal/checkin.xhtml", alex.currentPath(), "still signed in, busy and inside the lifetime");
            }
            Thread.sleep(Math.max(0, Duration.between(Instant.now(), signedIn.plus(LIFETIME).plusSeconds(5)).toMillis()));
            alex.open("/portal/checkin.xhtml");
            assertEquals("/login.xhtml", alex.currentPath(), "the lifetime is over however busy the session was");
            assertTrue(alex.byId("endedNotice").getText().contains("lasts a limited time"), "told why");
            alex.open("/portal/home.xhtml");
            assertEquals("/login.xhtml", alex.currentPath(), "the session is gone, not just this page");
        }
    }
}
