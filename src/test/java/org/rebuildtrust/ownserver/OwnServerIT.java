package org.rebuildtrust.ownserver;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.rebuildtrust.homework.Answer;
import org.rebuildtrust.homework.AnswerStatus;
import org.rebuildtrust.homework.Assignee;
import org.rebuildtrust.homework.Assignment;
import org.rebuildtrust.homework.AssignmentRequest;
import org.rebuildtrust.homework.Template;
import org.rebuildtrust.homework.Visibility;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * What needs a live server of its own, on a PostgreSQL database this class fills with its own practice (no demo), with
 * a 30-second idle time and a 45-second lifetime (the ...-seconds settings; production uses 30 minutes and 12 hours).
 * One server serves all of it, so the suite starts no more servers than it must; the two timeouts are watched at the
 * same time, in two sessions; the crash comes last.
 * <ul>
 * <li>Idle timeout: the warning comes after half the time, "Stay signed in" keeps the session, and an unattended page
 * then ends on the sign-in page with the server's session gone.</li>
 * <li>Lifetime: a session kept busy well inside its idle time still ends once its lifetime is over.</li>
 * <li>A password hash of an older cost (the fixture's) is replaced at sign-in by one of today's cost.</li>
 * <li>A database restart: the server's PostgreSQL (a cluster of this class's own) stops and starts again under the
 * running server; readiness goes down, then up, and signing in works, with no restart of the application.</li>
 * <li>Durability: while a client submits a stream of homework answers through the portal, the server is killed with
 * SIGKILL and started again on the same database; every answer whose submission the client saw confirmed is there
 * afterwards, submitted and with its text.</li>
 * </ul>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Order(1) // first of all classes: its timeouts and restarts take the longest, mostly waiting (see the pom's class order)
class OwnServerIT {

    private static final int LAST = Integer.MAX_VALUE;

    private static final int POOL_MAX = 4;
    private static final String POOL_NAME = "rebuild-own-server";

    private static final Duration IDLE = Duration.ofSeconds(30);
    private static final Duration LIFETIME = Duration.ofSeconds(45);

    /** This class's own PostgreSQL, which a test restarts; null when TEST_DB_URL names the server. */
    private TestDatabase.RestartablePostgres postgres;
    private TestDatabase.PostgresSettings db;
    private JpaTestContext jpa;
    private PracticeFixture practice;
    private PayaraServer server;
    private Actor therapist;
    private String coupleLabel;
    private Actor partner;
    private Actor otherPartner;

    @BeforeAll
    void startServer() {
        postgres = TestDatabase.restartablePostgres();
        db = postgres != null ? postgres.freshDatabase() : TestDatabase.freshPostgresSettings();
        jpa = JpaTestContext.on(db.dataSource());
        practice = new PracticeFixture(jpa);
        coupleLabel = practice.label("Timeout");
        Couple couple = practice.coupleOf(practice.first, coupleLabel, "Ada Timeout", "Ben Timeout");
        therapist = practice.first;
        partner = practice.portalLoginFor(couple, 1, "ada");
        otherPartner = practice.portalLoginFor(couple, 2, "ben");
        server = PayaraServer.startOnPostgres("payara-own", db,
                "-Drebuild.session.idle-seconds=" + IDLE.toSeconds(),
                "-Drebuild.session.max-seconds=" + LIFETIME.toSeconds(),
                // a small pool, sized as an operator sizes it, and named so that PostgreSQL can tell its connections
                "-Ddb.pool.min-size=1", "-Ddb.pool.max-size=" + POOL_MAX,
                "-Ddb.url=" + db.url() + (db.url().contains("?") ? "&" : "?") + "ApplicationName=" + POOL_NAME);
    }

    @AfterAll
    void stopServer() {
        if (server != null) {
            server.stop();
        }
        jpa.close();
        if (postgres != null) {
            postgres.close();
        }
    }

    private static final Pattern TEXTAREA = Pattern.compile("<textarea[^>]*name=\"(answerForm:[^\"]+:vTEXT)\"");

    /** Submits the answer of one assignment as the answer page's button would; true only when the page confirmed it. */
    private static boolean submit(HttpCaller partner, long assignmentId, String text) throws IOException, InterruptedException {
        String path = "/portal/answer.xhtml?id=" + assignmentId;
        String page = partner.get(path).body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", "answerForm:submit");
        form.put("jakarta.faces.partial.execute", "answerForm");
        form.put("jakarta.faces.partial.render", "answerForm");
        form.put("answerForm:submit", "answerForm:submit");
        form.put("answerForm", "answerForm");
        Matcher fields = TEXTAREA.matcher(page);
        while (fields.find()) {
            form.put(fields.group(1), text);
        }
        form.put("primefaces.nonce", HttpCaller.nonce(page));
        form.put("jakarta.faces.ViewState", HttpCaller.viewState(page));
        return partner.post(path, form, true).body().contains("Your answer is submitted");
    }

    private static boolean warningShown(Browser browser) {
        List<WebElement> dialog = browser.all(By.id("sessionWarningForm:sessionWarning"));
        return !dialog.isEmpty() && dialog.get(0).isDisplayed();
    }

    /**
     * The two session clocks, each watched in a session of its own at the same time: the test waits out the idle time
     * and the lifetime side by side (about a minute) instead of one after the other.
     */
    @Test
    @Order(1)
    void aSessionEndsWhenLeftIdleAndWhenItsLifetimeIsOverHoweverBusy() throws Exception {
        java.util.concurrent.FutureTask<Void> lifetime = new java.util.concurrent.FutureTask<>(() -> {
            aBusySessionStillEndsWhenItsLifetimeIsOver();
            return null;
        });
        new Thread(lifetime, "lifetime-session").start();
        Throwable idleFailure = null;
        try {
            aWarningComesBeforeTheEndStayingSignedInKeepsTheSessionAndAnUnattendedPageEndsIt();
        } catch (Exception | AssertionError failed) {
            idleFailure = failed;
        }
        Throwable lifetimeFailure = null;
        try {
            lifetime.get();
        } catch (java.util.concurrent.ExecutionException failed) {
            lifetimeFailure = failed.getCause();
        }
        if (idleFailure != null && lifetimeFailure != null) {
            idleFailure.addSuppressed(lifetimeFailure);
        }
        Throwable failure = idleFailure != null ? idleFailure : lifetimeFailure;
        if (failure instanceof Error error) {
            throw error;
        }
        if (failure != null) {
            throw (Exception) failure;
        }
    }

    private void aWarningComesBeforeTheEndStayingSignedInKeepsTheSessionAndAnUnattendedPageEndsIt() throws InterruptedException {
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

    private void aBusySessionStillEndsWhenItsLifetimeIsOver() throws InterruptedException {
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

    /**
     * Issue 15: the pool is sized by configuration (DB_POOL_MAX_SIZE, here as -Ddb.pool.max-size), and its use is a
     * metric. Sixteen requests at a time from four sessions all get their page while PostgreSQL never sees more of the
     * server's connections than the configured four (Payara's default would lend up to 32).
     */
    @Test
    @Order(2)
    void thePoolLendsNoMoreThanItsConfiguredSizeUnderLoadAndTheMetricsSaySo() throws Exception {
        List<HttpCaller> sessions = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            sessions.add(new HttpCaller(server).signIn(therapist.loginName(), PracticeFixture.PASSWORD));
        }
        java.util.concurrent.atomic.AtomicInteger mostSeen = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.ExecutorService load = java.util.concurrent.Executors.newFixedThreadPool(16);
        try (java.sql.Connection watcher = db.dataSource().getConnection();
             java.sql.PreparedStatement serversConnections = watcher.prepareStatement(
                     "SELECT count(*) FROM pg_stat_activity WHERE application_name = ?")) {
            serversConnections.setString(1, POOL_NAME);
            List<java.util.concurrent.Future<Integer>> pages = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                HttpCaller caller = sessions.get(i % sessions.size());
                pages.add(load.submit(() -> {
                    int served = 0;
                    for (int round = 0; round < 8; round++) {
                        var page = caller.get("/therapist/caseload.xhtml");
                        if (page.statusCode() == 200 && page.body().contains(coupleLabel)) {
                            served++;
                        }
                    }
                    return served;
                }));
            }
            while (pages.stream().anyMatch(page -> !page.isDone())) {
                try (java.sql.ResultSet count = serversConnections.executeQuery()) {
                    count.next();
                    mostSeen.accumulateAndGet(count.getInt(1), Math::max);
                }
                Thread.sleep(20);
            }
            for (java.util.concurrent.Future<Integer> page : pages) {
                assertEquals(8, page.get(), "every request got its caseload");
            }
        } finally {
            load.shutdownNow();
        }
        assertTrue(mostSeen.get() >= 1 && mostSeen.get() <= POOL_MAX,
                "the server's connections seen by PostgreSQL under load: " + mostSeen.get());

        String metrics = new HttpCaller(server).get("/metrics?scope=application").body();
        assertEquals(POOL_MAX, HttpCaller.metric(metrics, "rebuild_db_connections_max"), metrics);
        double inUse = HttpCaller.metric(metrics, "rebuild_db_connections_in_use");
        assertTrue(inUse >= 0 && inUse <= POOL_MAX, "in use now: " + inUse);
    }

    @Test
    @Order(3)
    void aPasswordHashOfAnOlderCostIsReplacedByOneOfTodaysCostAtSignIn() throws Exception {
        assertEquals(1_024, PasswordHasher.iterationsOf(storedHashOf(otherPartner)), "the fixture's cheap hash");

        new HttpCaller(server).signIn(otherPartner.loginName(), PracticeFixture.PASSWORD);

        assertEquals(PasswordHasher.ITERATIONS, PasswordHasher.iterationsOf(storedHashOf(otherPartner)),
                "today's production cost, although this server was also given the demo's lower one, which only a demo uses");
        HttpCaller again = new HttpCaller(server).signIn(otherPartner.loginName(), PracticeFixture.PASSWORD);
        assertTrue(again.get("/portal/home.xhtml").body().contains("Ada Timeout"), "the same password signs in with the new hash");
    }

    private String storedHashOf(Actor actor) {
        return jpa.inTransaction(() -> jpa.em().find(UserAccount.class, actor.accountId()).getPasswordHash());
    }

    @Test
    @Order(LAST - 1)
    void afterItsDatabaseRestartsTheServerServesAgainWithoutARestartOfItsOwn() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(postgres != null,
                "TEST_DB_URL names the PostgreSQL server, which this test cannot restart");
        HttpCaller before = new HttpCaller(server).signIn(therapist.loginName(), PracticeFixture.PASSWORD);
        assertEquals(200, server.status("/health/ready"));

        postgres.stop();
        assertEquals(503, readinessWithin(Duration.ofSeconds(30), 503), "readiness says the database is down");
        postgres.start();
        assertEquals(200, readinessWithin(Duration.ofSeconds(30), 200), "and up again, by itself, once it is back");

        HttpCaller after = new HttpCaller(server).signIn(therapist.loginName(), PracticeFixture.PASSWORD);
        assertTrue(after.get("/therapist/caseload.xhtml").body().contains(coupleLabel), "a new sign-in reads the caseload");
        assertTrue(before.get("/therapist/caseload.xhtml").body().contains(coupleLabel),
                "a session from before the restart reads it too");
        // this class's own connections died with the database as well: the tests after this one get new ones
        jpa.close();
        jpa = JpaTestContext.on(db.dataSource());
        practice = new PracticeFixture(jpa);
    }

    /** Polls readiness until it answers the wanted status or the time is up; returns the last status seen. */
    private int readinessWithin(Duration time, int wanted) throws InterruptedException {
        Instant until = Instant.now().plus(time);
        int status = server.status("/health/ready");
        while (status != wanted && Instant.now().isBefore(until)) {
            Thread.sleep(250);
            status = server.status("/health/ready");
        }
        return status;
    }

    @Test
    @Order(LAST)
    void everyAnswerConfirmedBeforeASigkillIsThereAfterTheRestart() throws Exception {
        Couple couple = practice.coupleOf(practice.first, practice.label("Durable"), "Ada", "Ben");
        Actor ada = practice.portalLoginFor(couple, 1, "durable");
        Template template = practice.writingTemplate("Two questions", "Answer both.");
        AssignmentRequest request = new AssignmentRequest();
        request.setTemplateId(template.getId());
        request.setAssignee(Assignee.ONE_PARTNER);
        request.setPartnerId(couple.partnerA().getId());
        request.setVisibility(Visibility.PRIVATE);
        request.setDueDate(java.time.LocalDate.now().plusDays(30));
        request.setDuplicateConfirmed(true); // 120 of the same on purpose: the test answers them one after another
        List<Long> assignments = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            assignments.add(jpa.inTransaction(() -> practice.homework.assign(practice.first, couple.getId(), request)).get(0).getId());
        }

        Map<Long, String> confirmed = new ConcurrentHashMap<>();
        Thread client = new Thread(() -> {
            HttpCaller partner = new HttpCaller(server);
            try {
                partner.signIn(ada.loginName(), PracticeFixture.PASSWORD);
                for (Long id : assignments) {
                    String text = "Answer to " + id + ", written before the crash";
                    if (submit(partner, id, text)) {
                        confirmed.put(id, text);
                    }
                }
            } catch (IOException | RuntimeException connectionLost) {
                // the server was killed mid-request: that answer was never confirmed
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        });
        client.start();
        long deadline = System.currentTimeMillis() + 120_000;
        while (confirmed.size() < 15 && client.isAlive() && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        server.kill();
        client.join(30_000);
        Map<Long, String> seenConfirmed = Map.copyOf(confirmed);
        System.out.println("[durability] answers confirmed before SIGKILL: " + seenConfirmed.size() + " of " + assignments.size());
        assertTrue(seenConfirmed.size() >= 15, "the client had answers confirmed before the kill: " + seenConfirmed.size());
        assertTrue(seenConfirmed.size() < assignments.size(), "the kill came in the middle of the stream");

        server = null; // killed: nothing to stop after the class
        PayaraServer restarted = PayaraServer.startOnPostgres("payara-own-restarted", db);
        try {
            assertEquals(200, restarted.status("/health/ready"));
            for (Map.Entry<Long, String> sent : seenConfirmed.entrySet()) {
                Answer answer = jpa.inTransaction(() -> {
                    Assignment assignment = practice.homework.review(practice.first, sent.getKey());
                    return assignment.getAnswers().get(0);
                });
                assertEquals(AnswerStatus.SUBMITTED, answer.getStatus(), "assignment " + sent.getKey());
                assertTrue(answer.valueTexts().values().stream().allMatch(sent.getValue()::equals), "its text, as sent");
            }
        } finally {
            restarted.stop();
        }
    }
}
