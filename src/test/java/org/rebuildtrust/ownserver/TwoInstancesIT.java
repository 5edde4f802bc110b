package org.rebuildtrust.ownserver;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.rebuildtrust.browser.Browser;
import org.rebuildtrust.browser.HttpCaller;
import org.rebuildtrust.browser.PayaraServer;
import org.rebuildtrust.couples.Couple;
import org.rebuildtrust.homework.Assignee;
import org.rebuildtrust.homework.AssignmentRequest;
import org.rebuildtrust.homework.Visibility;
import org.rebuildtrust.security.Actor;
import org.rebuildtrust.security.SignInThrottleService;
import org.rebuildtrust.security.TwoFactorService;
import org.rebuildtrust.shared.Texts;
import org.rebuildtrust.testsupport.AuthenticatorApp;
import org.rebuildtrust.testsupport.JpaTestContext;
import org.rebuildtrust.testsupport.PracticeFixture;
import org.rebuildtrust.testsupport.TestDatabase;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two instances of the application on one PostgreSQL database, as behind a load balancer, started at the same moment
 * on an empty database with the first admin's settings: what one instance does must hold on the other, and what must
 * happen once happens once. A third instance, given an empty database and no first admin, must give up with an exit
 * status a process supervisor can see.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Order(2) // early: three servers to start (see the pom's class order)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesIT {

    private static final Texts WORDS = Texts.in(Locale.ENGLISH);
    private static final String FOUNDER = "founder";
    private static final String FOUNDER_PASSWORD = "a long founding passphrase";
    private static final String PRACTICE = "Two Rooms Practice";

    private TestDatabase.PostgresSettings db;
    private PayaraServer a;
    private PayaraServer b;
    private PayaraServer cannotStart;
    private JpaTestContext jpa;
    private PracticeFixture practice;

    @BeforeAll
    void startBothAtOnce() throws Exception {
        db = TestDatabase.freshPostgresSettings();
        // both instances seal two-factor secrets with the same key, as every instance of one installation must (the
        // fixture's, so that the test can set up an account's second factor)
        String totpKey = "-Drebuild.totp.key=" + PracticeFixture.TOTP_KEY;
        String[] settings = {totpKey, "-Drebuild.bootstrap.practice-name=" + PRACTICE,
                "-Drebuild.bootstrap.admin-login=" + FOUNDER, "-Drebuild.bootstrap.admin-password=" + FOUNDER_PASSWORD};
        a = PayaraServer.launchOnPostgres("payara-instance-a", db, true, settings);
        b = PayaraServer.launchOnPostgres("payara-instance-b", db, true, settings);
        cannotStart = PayaraServer.launchOnPostgres("payara-no-first-admin", TestDatabase.freshPostgresSettings());
        CompletableFuture<Void> aReady = CompletableFuture.runAsync(a::awaitReady);
        b.awaitReady();
        aReady.get();
        jpa = JpaTestContext.on(db.dataSource());
        practice = new PracticeFixture(jpa);
    }

    @AfterAll
    void stopBoth() {
        for (PayaraServer server : new PayaraServer[]{a, b, cannotStart}) {
            if (server != null) {
                server.stop();
            }
        }
        if (jpa != null) {
            jpa.close();
        }
    }

    private long count(String sql, Object... parameters) {
        return jpa.inTransaction(() -> {
            var query = jpa.em().createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return ((Number) query.getSingleResult()).longValue();
        });
    }

    @Test
    void startedAtOnceOnAnEmptyDatabaseTheyMakeOnePracticeWithOneAdminAndBothServeIt() throws Exception {
        assertEquals(1, count("SELECT COUNT(*) FROM practice WHERE name = ?", PRACTICE), "one practice");
        assertEquals(1, count("SELECT COUNT(*) FROM user_account WHERE login_name = ?", FOUNDER), "one first admin");
        for (PayaraServer instance : List.of(a, b)) {
            HttpCaller founder = new HttpCaller(instance).signIn(FOUNDER, FOUNDER_PASSWORD);
            assertTrue(founder.get("/admin/accounts.xhtml").body().contains(FOUNDER), "the admin's accounts page");
        }
    }

    /**
     * The sign-in page, stateless, may be drawn on A and posted to B. Any other form whose page was drawn on A and which
     * is posted to B finds no session there: it is answered with the way to sign in again and a reason that holds,
     * never an error.
     */
    @Test
    void aSignInFormWorksOnTheOtherInstanceAndAnyOtherFormAsksToSignInAgainForAReasonThatHolds() throws Exception {
        // the sign-in form keeps nothing on the instance that drew it: the other one takes it and signs in
        HttpCaller onA = new HttpCaller(a);
        String signInPage = onA.get("/login.xhtml").body();
        Map<String, String> signIn = new java.util.LinkedHashMap<>(HttpCaller.formFields(signInPage, "loginForm"));
        signIn.put("loginForm:loginName", practice.first.loginName());
        signIn.put("loginForm:password", PracticeFixture.PASSWORD);
        signIn.put("loginForm:signIn", "");
        HttpCaller.addViewStateAndNonce(signInPage, signIn);
        HttpCaller onB = new HttpCaller(b);
        HttpResponse<String> signedIn = onB.post("/login.xhtml", signIn, false);
        assertEquals("/therapist/caseload.xhtml", signedIn.uri().getPath(), "signed in on B with A's sign-in page");

        // a page that keeps its state where it was drawn cannot be restored elsewhere: a word, never an error
        HttpCaller anonymous = new HttpCaller(a);
        String forgotPage = anonymous.get("/forgot.xhtml").body();
        Map<String, String> forgot = new java.util.LinkedHashMap<>(HttpCaller.formFields(forgotPage, "forgotForm"));
        forgot.put("forgotForm:loginName", practice.first.loginName());
        forgot.put("forgotForm:sendLink", "");
        HttpCaller.addViewStateAndNonce(forgotPage, forgot);
        HttpResponse<String> onOther = HttpCaller.inSession(b, anonymous.sessionId()).post("/forgot.xhtml", forgot, false);
        assertEquals(200, onOther.statusCode(), "not an error");
        assertTrue(onOther.body().contains(WORDS.get("error.expired.text")), onOther.body());
        assertTrue(onOther.body().contains("href=\"/login.xhtml\""), "the way to sign in again");
    }


    /** As deploy/payara/logging.properties sets it up: every line an object, and no screen of expired certificates. */
    @Test
    void theyLogOneJsonObjectPerLineWithoutTheExpiredCertificateWarnings() throws IOException {
        for (PayaraServer instance : List.of(a, b)) {
            List<String> lines = Files.readAllLines(instance.log()).stream().filter(line -> !line.isBlank()).toList();
            assertTrue(lines.size() > 20, "the start is logged");
            for (String line : lines) {
                assertTrue(line.startsWith("{\"Timestamp\":") && line.endsWith("}"), () -> "not one JSON object: " + line);
            }
            assertTrue(lines.stream().anyMatch(line -> line.contains("\"LoggerName\":\"org.rebuildtrust.")),
                    "the application's own lines too");
            assertFalse(lines.stream().anyMatch(line -> line.contains("NCLS-SECURITY-05054")), "no expired-certificate warnings");
        }
    }

    @Test
    void theDailyRefreshIsDoneByOneInstanceAndTheOtherSaysSo() throws IOException, InterruptedException {
        int refreshed = 0;
        int leftToTheOther = 0;
        // the start-up refresh runs in the background, after "ready": its lines may come a moment later
        java.time.Instant until = java.time.Instant.now().plusSeconds(30);
        while (true) {
            refreshed = 0;
            leftToTheOther = 0;
            for (PayaraServer instance : List.of(a, b)) {
                String log = Files.readString(instance.log());
                refreshed += log.contains("Needs-attention markers refreshed for") ? 1 : 0;
                leftToTheOther += log.contains("were refreshed by another instance") ? 1 : 0;
            }
            if (refreshed + leftToTheOther >= 2 || java.time.Instant.now().isAfter(until)) {
                break;
            }
            Thread.sleep(250);
        }
        assertEquals(1, count("SELECT COUNT(*) FROM daily_job_run WHERE job = 'caseload-attention'"),
                "one claim of today's refresh");
        assertEquals(1, refreshed, "refreshed by one instance");
        assertEquals(1, leftToTheOther, "and left alone by the other");
    }

    @Test
    void aNewPasswordOnOneInstanceEndsTheAccountsSessionsOnTheOtherButNotTheOneThatChangedIt() throws Exception {
        Actor therapist = practice.second;
        HttpCaller onB = new HttpCaller(b).signIn(therapist.loginName(), PracticeFixture.PASSWORD);
        HttpCaller onA = new HttpCaller(a).signIn(therapist.loginName(), PracticeFixture.PASSWORD);
        assertTrue(onB.get("/therapist/caseload.xhtml").uri().getPath().endsWith("/therapist/caseload.xhtml"));

        String page = onA.get("/account/password.xhtml").body();
        Map<String, String> change = HttpCaller.ajaxRequest(page, "passwordForm:change", null, "passwordForm", "passwordForm");
        change.put("passwordForm:currentPassword", PracticeFixture.PASSWORD);
        change.put("passwordForm:newPassword", "changed on instance A");
        assertTrue(onA.post("/account/password.xhtml", change, true).body().contains(WORDS.get("account.passwordChanged")),
                "the password is changed on A");

        HttpResponse<String> sameSession = onA.get("/therapist/caseload.xhtml");
        assertTrue(sameSession.uri().getPath().endsWith("/therapist/caseload.xhtml"), "A's session goes on");
        HttpResponse<String> ended = onB.get("/therapist/caseload.xhtml");
        assertTrue(ended.uri().getPath().endsWith("/login.xhtml"), () -> "B's session ended: " + ended.uri());
        assertTrue(ended.body().contains(WORDS.get("login.endedElsewhere").replace("'", "&#39;"))
                || ended.body().contains(WORDS.get("login.endedElsewhere")), "and the sign-in page says why");
        HttpResponse<String> stillEnded = onB.get("/therapist/caseload.xhtml");
        assertTrue(stillEnded.uri().getPath().endsWith("/login.xhtml"), "it stays ended");
        new HttpCaller(b).signIn(therapist.loginName(), "changed on instance A");
    }

    @Test
    void aDeactivatedPartnersSessionOnEitherInstanceEndsWithAWordInsteadOfAnError() throws Exception {
        Couple couple = practice.coupleOf(practice.first, practice.label("Two rooms"), "Ada Tworoom", "Ben Tworoom");
        Actor ada = practice.portalLoginFor(couple, 1, "ada-tworoom");
        HttpCaller onA = new HttpCaller(a).signIn(ada.loginName(), PracticeFixture.PASSWORD);
        HttpCaller onB = new HttpCaller(b).signIn(ada.loginName(), PracticeFixture.PASSWORD);
        assertTrue(onB.get("/portal/home.xhtml").body().contains("Ada Tworoom"));

        // the admin deactivates the account through the service, as the accounts page of a third instance would
        jpa.inTransaction(() -> practice.accounts.deactivate(practice.admin, ada.accountId()));

        for (HttpCaller session : List.of(onA, onB)) {
            HttpResponse<String> next = session.get("/portal/home.xhtml");
            assertTrue(next.statusCode() == 200 && next.uri().getPath().endsWith("/login.xhtml"),
                    () -> "ended, not an error: " + next.statusCode() + " " + next.uri());
            assertFalse(next.body().contains("Ada Tworoom"));
        }
    }

    /**
     * Twenty wrong passwords for one login at the same moment, half to each instance: none is answered with an error,
     * and the count of failures is exact. A try is checked (its password compared, and counted) unless the login must
     * already wait, which is then neither checked nor counted, by design; the audit trail tells the two apart (a checked
     * try names the account), so the count must equal the checked tries, and all twenty must be in the trail.
     */
    @Test
    void twentyWrongPasswordsAtOnceAcrossBothInstancesAreCountedExactly() throws Exception {
        String login = practice.first.loginName();
        String address = "192.0.2.77"; // as nginx passes it on; the instances believe it from a loopback peer
        String refused = WORDS.get("login.failed");
        String waiting = WORDS.get("login.wait", 1).substring(0, 40);
        ExecutorService clients = Executors.newFixedThreadPool(20);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                PayaraServer instance = i % 2 == 0 ? a : b;
                answers.add(clients.submit(() -> {
                    start.await();
                    return new HttpCaller(instance).sendSignIn(login, "wrong password " + Math.random(),
                            "X-Forwarded-For", address);
                }));
            }
            start.countDown();
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> page = answer.get();
                assertEquals(200, page.statusCode(), "never an error");
                assertTrue(page.body().contains(refused) || page.body().contains(waiting),
                        "each try is told it failed or to wait");
            }
        } finally {
            clients.shutdown();
        }
        String failedTries = "SELECT COUNT(*) FROM audit_entry WHERE action = 'SIGN_IN_FAILED' AND login_name = ?"
                + " AND address = ? AND account_id IS ";
        long checked = count(failedTries + "NOT NULL", login, address);
        long notChecked = count(failedTries + "NULL", login, address);
        assertEquals(20, checked + notChecked, "every try is in the audit trail, once");
        assertTrue(checked >= SignInThrottleService.PAIR_FREE_FAILURES, "at least the free tries were checked: " + checked);
        assertEquals(checked, count("SELECT failures FROM sign_in_throttle WHERE subject = ?",
                "password:" + address + "|" + login), "every checked try counted, once");
    }

    /**
     * The password reaches A, the code reaches B (the load balancer's choice, played by a relay): the step between the
     * two is kept in the database, and B, which never drew the sign-in page, takes the code and signs the person in.
     */
    @Test
    void aTwoFactorSignInWhoseCodeReachesTheOtherInstanceSignsIn() throws Exception {
        TwoFactorService twoFactor = new TwoFactorService(jpa.em(), practice.audit, java.time.Clock.systemUTC(), PracticeFixture.TOTP_CIPHER);
        String login = "two-rooms-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        Actor therapist = Actor.of(jpa.inTransaction(() -> practice.therapists.create(practice.admin, "Dr. Two Rooms",
                login, PracticeFixture.PASSWORD)).getAccount());
        TwoFactorService.Enrolment enrolment = jpa.inTransaction(() -> twoFactor.startEnrolment(therapist));
        jpa.inTransaction(() -> twoFactor.confirmEnrolment(therapist, appCode(enrolment.secret(), 0)));

        try (SwitchableRelay relay = new SwitchableRelay(a.port())) {
            Browser browser = new Browser(a.reachedThrough(relay.baseUrl()));
            try {
                browser.signIn(login, PracticeFixture.PASSWORD);
                assertTrue(browser.pageText().contains(WORDS.get("twoFactor.signInIntro")), "A asks for the code");
                assertEquals(1, count("SELECT COUNT(*) FROM pending_second_factor WHERE account_id = ?", therapist.accountId()));

                relay.sendTo(b.port());
                browser.type("codeForm:code", appCode(enrolment.secret(), 1));
                browser.clickAndWaitForPage("codeForm:verify");
                assertEquals("/therapist/caseload.xhtml", browser.currentPath(), browser.pageText());
                browser.open("/account/two-factor.xhtml");
                assertEquals("/account/two-factor.xhtml", browser.currentPath(), "signed in on B");
                assertEquals(0, count("SELECT COUNT(*) FROM pending_second_factor WHERE account_id = ?", therapist.accountId()),
                        "the step ended with the right code");
            } finally {
                browser.close();
            }
        }
    }

    private static String appCode(String secret, int stepsFromNow) {
        return AuthenticatorApp.code(secret, java.time.Instant.now(), stepsFromNow); // the servers' time, not the fixture's
    }

    @Test
    void anInstanceGivenAnEmptyDatabaseAndNoFirstAdminExitsWithStatusOneSayingWhy() throws IOException {
        assertEquals(1, cannotStart.awaitExit(Duration.ofMinutes(3)), "a process supervisor sees the failure");
        String log = Files.readString(cannotStart.log());
        assertTrue(log.contains("Rebuild cannot start") && log.contains("REBUILD_BOOTSTRAP_ADMIN_LOGIN"), log);
    }

    /**
     * Last, as it kills instance A. A partner writes on A through a relay (standing for the load balancer); A dies
     * with SIGKILL; the relay now sends them to B, which does not know their session. The next autosave leads them to
     * the sign-in page with a word on why; after signing in on B they are back on the answer, with everything the page
     * confirmed saved and what they typed after it put back into the form, and saved in turn.
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void whenThePartnersInstanceDiesWhatTheyTypedIsNeitherLostNorLeftUnsaved() throws Exception {
        Couple couple = practice.coupleOf(practice.first, practice.label("Failover"), "Ada Failover", "Ben Failover");
        Actor ada = practice.portalLoginFor(couple, 1, "ada-failover");
        AssignmentRequest request = new AssignmentRequest();
        request.setTemplateId(practice.writingTemplate("A letter", "Write what is true for you.").getId());
        request.setAssignee(Assignee.ONE_PARTNER);
        request.setPartnerId(couple.partnerA().getId());
        request.setVisibility(Visibility.PRIVATE);
        request.setDueDate(java.time.LocalDate.now().plusDays(14));
        long id = jpa.inTransaction(() -> practice.homework.assign(practice.first, couple.getId(), request)).get(0).getId();
        String page = "/portal/answer.xhtml?id=" + id;

        try (SwitchableRelay relay = new SwitchableRelay(a.port())) {
            Browser browser = new Browser(a.reachedThrough(relay.baseUrl()));
            try {
                browser.signIn(ada.loginName(), PracticeFixture.PASSWORD).open(page);
                JavascriptExecutor script = (JavascriptExecutor) browser.driver();
                script.executeScript("PF('autosavePoll').stop();"); // the test decides when the page saves
                String area = browser.driver().findElement(By.cssSelector("#answerForm .rb-prompt-TEXT textarea")).getAttribute("id");
                String confirmed = "Confirmed on A: ¿cómo estás? 💬 كيف حالك";
                browser.type(area, confirmed);
                script.executeScript("rbSaveDraftNow();");
                browser.waitUntil(d -> !d.findElements(By.cssSelector(".rb-saved-at")).isEmpty());
                String typedAfter = confirmed + " — and this was typed after the last save";
                browser.type(area, typedAfter);

                a.kill();
                relay.sendTo(b.port());
                script.executeScript("rbSaveDraftNow();");
                browser.waitUntil(d -> d.getCurrentUrl().contains("/login.xhtml"));
                assertTrue(browser.pageText().contains(WORDS.get("login.endedGone")), browser.pageText());
                assertEquals(confirmed, storedAnswer(id), "what A confirmed was saved in the database");

                browser.signIn(ada.loginName(), PracticeFixture.PASSWORD);
                assertEquals(page, browser.currentPathAndQuery(), "back on the answer, now on B");
                assertEquals(typedAfter, browser.valueOf(area), "the text typed after the last save is back");
                script.executeScript("rbSaveDraftNow();");
                browser.waitUntil(d -> typedAfter.equals(storedAnswer(id)));
            } finally {
                browser.close();
            }
        }
    }

    /** The text stored for the assignment's answer (its one written value), read directly from the database. */
    private String storedAnswer(long assignmentId) {
        return jpa.inTransaction(() -> {
            List<?> texts = jpa.em().createNativeQuery("SELECT v.value_text FROM answer_value v JOIN answer a ON a.id = v.answer_id"
                    + " WHERE a.assignment_id = ? AND v.value_text IS NOT NULL ORDER BY v.id").setParameter(1, assignmentId).getResultList();
            return texts.isEmpty() ? null : (String) texts.get(0);
        });
    }
}
