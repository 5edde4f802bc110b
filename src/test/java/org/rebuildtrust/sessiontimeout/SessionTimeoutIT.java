package org.rebuildtrust.sessiontimeout;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rebuildtrust.browser.Browser;
import org.rebuildtrust.browser.HttpCaller;
import org.rebuildtrust.browser.PayaraServer;
import org.rebuildtrust.couples.Couple;
import org.rebuildtrust.security.Actor;
import org.rebuildtrust.security.PasswordHasher;
import org.rebuildtrust.security.UserAccount;
import org.rebuildtrust.testsupport.JpaTestContext;
import org.rebuildtrust.testsupport.PracticeFixture;
import org.rebuildtrust.testsupport.TestDatabase;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The idle timeout and the absolute lifetime, on a live server of its own with a 30-second idle time and a 45-second
 * lifetime (the ...-seconds settings; production uses 30 minutes and 12 hours), on a PostgreSQL database this test
 * fills with its own practice. Idle: the warning comes after half the time, "Stay signed in" keeps the session, and
 * an unattended page then ends on the sign-in page with the server's session gone. Lifetime: a session kept busy well
 * inside its idle time still ends once its lifetime is over. Both wait in real time, side by side.
 * <p>
 * The same server proves that a password hash of an older cost (the fixture's) is replaced at sign-in by one of
 * today's cost.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Execution(ExecutionMode.CONCURRENT)
class SessionTimeoutIT {

    private static final Duration IDLE = Duration.ofSeconds(30);
    private static final Duration LIFETIME = Duration.ofSeconds(45);

    private JpaTestContext jpa;
    private PayaraServer server;
    private Actor therapist;
    private Actor partner;
    private Actor otherPartner;

    @BeforeAll
    void startServer() {
        TestDatabase.PostgresSettings db = TestDatabase.freshPostgresSettings();
        jpa = JpaTestContext.on(db.dataSource());
        PracticeFixture practice = new PracticeFixture(jpa);
        Couple couple = practice.coupleOf(practice.first, practice.label("Timeout"), "Ada Timeout", "Ben Timeout");
        therapist = practice.first;
        partner = practice.portalLoginFor(couple, 1, "ada");
        otherPartner = practice.portalLoginFor(couple, 2, "ben");
        server = PayaraServer.startOnPostgres("payara-timeout", db,
                "-Drebuild.session.idle-seconds=" + IDLE.toSeconds(),
                "-Drebuild.session.max-seconds=" + LIFETIME.toSeconds());
    }

    @AfterAll
    void stopServer() {
        if (server != null) {
            server.stop();
        }
        jpa.close();
    }

    private static boolean warningShown(Browser browser) {
        List<WebElement> dialog = browser.all(By.id("sessionWarningForm:sessionWarning"));
        return !dialog.isEmpty() && dialog.get(0).isDisplayed();
    }

    @Test
    void aWarningComesBeforeTheEndStayingSignedInKeepsTheSessionAndAnUnattendedPageEndsIt() throws InterruptedException {
        try (Browser browser = new Browser(server)) {
            browser.signIn(therapist.loginName(), PracticeFixture.PASSWORD);
            Instant pageLoaded = Instant.now();
            assertEquals("/therapist/caseload.xhtml", browser.currentPath());

            new WebDriverWait(browser.driver(), IDLE).until(d -> warningShown(browser));
            browser.driver().findElement(By.id("sessionWarningForm:staySignedIn")).click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> !warningShown(browser));

            // past the idle time the session would have had without "Stay signed in"
            Thread.sleep(Math.max(0, Duration.between(Instant.now(), pageLoaded.plus(IDLE).plusSeconds(5)).toMillis()));
            assertEquals("/therapist/caseload.xhtml", browser.currentPath(), "still on the page");
            browser.open("/therapist/caseload.xhtml");
            assertEquals("/therapist/caseload.xhtml", browser.currentPath(), "the session was kept");

            new WebDriverWait(browser.driver(), IDLE.multipliedBy(2)).until(d -> browser.currentPath().equals("/login.xhtml"));
            assertTrue(browser.byId("endedNotice").getText().contains("nothing happened for a while"), "told why");
            browser.open("/therapist/caseload.xhtml");
            assertEquals("/login.xhtml", browser.currentPath(), "the server ended the session too");
        }
    }

    @Test
    void aBusySessionStillEndsWhenItsLifetimeIsOver() throws InterruptedException {
        Duration between = IDLE.dividedBy(3);
        try (Browser browser = new Browser(server)) {
            browser.signIn(partner.loginName(), PracticeFixture.PASSWORD);
            Instant signedIn = Instant.now();
            assertEquals("/portal/home.xhtml", browser.currentPath());

            // A page every third of the idle time: never idle, up to just before the lifetime.
            while (Duration.between(signedIn, Instant.now()).plus(between).compareTo(LIFETIME.minusSeconds(5)) < 0) {
                Thread.sleep(between.toMillis());
                browser.open("/portal/checkin.xhtml");
                assertEquals("/portal/checkin.xhtml", browser.currentPath(), "still signed in, busy and inside the lifetime");
            }
            Thread.sleep(Math.max(0, Duration.between(Instant.now(), signedIn.plus(LIFETIME).plusSeconds(5)).toMillis()));
            browser.open("/portal/checkin.xhtml");
            assertEquals("/login.xhtml", browser.currentPath(), "the lifetime is over however busy the session was");
            assertTrue(browser.byId("endedNotice").getText().contains("lasts a limited time"), "told why");
            browser.open("/portal/home.xhtml");
            assertEquals("/login.xhtml", browser.currentPath(), "the session is gone, not just this page");
        }
    }

    @Test
    void aPasswordHashOfAnOlderCostIsReplacedByOneOfTodaysCostAtSignIn() throws Exception {
        assertEquals(1_024, PasswordHasher.iterationsOf(storedHashOf(otherPartner)), "the fixture's cheap hash");

        new HttpCaller(server).signIn(otherPartner.loginName(), PracticeFixture.PASSWORD);

        assertEquals(PasswordHasher.ITERATIONS, PasswordHasher.iterationsOf(storedHashOf(otherPartner)));
        HttpCaller again = new HttpCaller(server).signIn(otherPartner.loginName(), PracticeFixture.PASSWORD);
        assertTrue(again.get("/portal/home.xhtml").body().contains("Ada Timeout"), "the same password signs in with the new hash");
    }

    private String storedHashOf(Actor actor) {
        return jpa.inTransaction(() -> jpa.em().find(UserAccount.class, actor.accountId()).getPasswordHash());
    }
}
