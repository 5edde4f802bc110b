package org.rebuildtrust.browser;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.rebuildtrust.testsupport.TestDatabase;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Base of the browser tests: a demo server of the test's database kind (H2, or PostgreSQL for a test class that
 * implements {@link OnPostgres}), browsers for the test (wiped after it and kept for the next: see
 * {@link Browser#forTest}), and on failure a screenshot of every open browser plus the server log's location,
 * printed so CI output says where to look.
 * <p>
 * Browser test classes run in parallel with each other, the persistence contracts and the tests with servers of their
 * own. A class has its demo server to itself while it runs ({@link DemoServers}): classes that run at the same time
 * never read or change the same demo practice (its couples, accounts, sign-in throttle, outbox and log).
 */
@ExtendWith(DemoServers.class)
public abstract class BrowserTestSupport {

    protected static final String DEMO_PASSWORD = "demo-password-2026";

    /** Marks a browser test class that runs on the demo server with PostgreSQL instead of H2. */
    public interface OnPostgres {
    }

    /** The demo server this class has to itself while it runs; set by {@link DemoServers} before each test. */
    protected PayaraServer server;
    private final List<Browser> browsers = new ArrayList<>();

    @org.junit.jupiter.api.extension.RegisterExtension
    final TestWatcher failureWatcher = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            printCpu(context);
            Path dir = Path.of(System.getProperty("rebuild.targetDir", "target"), "browser-failures");
            try {
                Files.createDirectories(dir);
                for (int i = 0; i < browsers.size(); i++) {
                    Path shot = dir.resolve(context.getRequiredTestClass().getSimpleName() + "-"
                            + context.getRequiredTestMethod().getName() + "-" + i + ".png");
                    Path taken = ((TakesScreenshot) browsers.get(i).driver()).getScreenshotAs(OutputType.FILE).toPath();
                    Files.copy(taken, shot, StandardCopyOption.REPLACE_EXISTING);
                    System.out.println("[browser test failed] screenshot: " + shot.toAbsolutePath());
                }
            } catch (IOException | RuntimeException e) {
                System.out.println("[browser test failed] no screenshot: " + e);
            }
            System.out.println("[browser test failed] server log: " + server.log().toAbsolutePath());
            browsers.forEach(Browser::close); // in a state nobody looked at: not given to another test
            browsers.clear();
        }

        @Override
        public void testSuccessful(ExtensionContext context) {
            printCpu(context);
            closeBrowsers();
        }

        @Override
        public void testAborted(ExtensionContext context, Throwable cause) {
            printCpu(context);
            closeBrowsers();
        }
    };

    static TestDatabase databaseOf(Class<?> testClass) {
        return OnPostgres.class.isAssignableFrom(testClass) ? TestDatabase.POSTGRES : TestDatabase.H2;
    }

    protected Browser newBrowser() {
        Browser browser = Browser.forTest(server);
        browsers.add(browser);
        return browser;
    }

    /**
     * A new browser with a signed-in session of this login, on no page yet ({@link Browser#signedIn}): for tests whose
     * subject is what a person does once signed in. Tests of signing in itself use {@code newBrowser().signIn(...)}.
     */
    protected Browser signedIn(String loginName, String password) {
        return newBrowser().signedIn(loginName, password);
    }

    /** Gives the test's browsers back, wiped, for the next test. */
    private void closeBrowsers() {
        browsers.forEach(Browser::release);
        browsers.clear();
    }

    /** Prints the CPU the test's browsers used (Chromium is most of the suite's CPU), so CI's output shows the costly tests. */
    private void printCpu(ExtensionContext context) {
        double used = browsers.stream().mapToDouble(Browser::cpuSinceLease).sum();
        System.out.printf(java.util.Locale.ROOT, "[browser cpu] %s.%s: %.1f s in %d browser(s)%n",
                context.getRequiredTestClass().getSimpleName(), context.getRequiredTestMethod().getName(), used, browsers.size());
    }

    /** A therapist the admin adds on the therapists page: a fresh login, an email address and the given password. */
    protected static String newTherapist(Browser admin, String password) {
        String login = "t" + UUID.randomUUID().toString().substring(0, 8);
        admin.open("/admin/therapists.xhtml");
        admin.type("therapistForm:displayName", "Dr. Test " + login);
        admin.type("therapistForm:loginName", login);
        admin.type("therapistForm:email", login + "@example.test");
        admin.type("therapistForm:password", password);
        admin.clickAjax("therapistForm:create");
        assertTrue(admin.pageText().contains("was added."), admin.pageText());
        return login;
    }

    /** A couple of a test's own, with a portal login for each partner; partner A is the involved partner, B the hurt one. */
    protected record OwnCouple(String label, String nameA, String nameB, String loginA, String loginB, String page) {
    }

    /** The password of the partners of {@link #ownCouple}. */
    protected static final String PARTNER_PASSWORD = "our own quiet evening";

    /**
     * A new couple that only this test uses, created by the signed-in therapist with the new-couple form, with partner A
     * as the involved partner and B as the hurt partner, each given a portal login: tests that change a couple's data
     * never change what another test reads. The forms are sent by HTTP in the therapist's session (the requests the
     * pages' buttons send; CaseloadAndCoupleIT and TypedTextIT fill the same forms in the browser), and the browser is
     * left on the couple's page: creating the couple in the browser cost Chromium about 3 s of CPU in each of the
     * tests that need one.
     */
    protected static OwnCouple ownCouple(Browser therapist, String name) {
        return ownCouple(therapist, name, true);
    }

    /** {@link #ownCouple(Browser, String)}, with the partners' signatures of the secrets policy left to the test. */
    protected static OwnCouple ownCouple(Browser therapist, String name, boolean policySigned) {
        String label = unique(name);
        String run = label.substring(label.length() - 6);
        String nameA = "Ada " + name + " " + run;
        String nameB = "Hal " + name + " " + run;
        HttpCaller http = therapist.sameSession();
        try {
            String form = http.get("/therapist/couples/new.xhtml").body();
            Map<String, String> fields = HttpCaller.formFields(form, "coupleForm");
            fields.put("coupleForm:label", label);
            fields.put("coupleForm:nameA", nameA);
            fields.put("coupleForm:emailA", "ada-" + run + "@example.test");
            fields.put("coupleForm:roleA_input", "INVOLVED");
            fields.put("coupleForm:nameB", nameB);
            fields.put("coupleForm:emailB", "hal-" + run + "@example.test");
            fields.put("coupleForm:roleB_input", "HURT");
            fields.put("coupleForm:create", "");
            HttpCaller.addViewStateAndNonce(form, fields);
            HttpResponse<String> created = http.post("/therapist/couples/new.xhtml", fields, false);
            assertTrue(created.body().contains("Couple " + label + " was created."), created.body());
            String page = created.uri().getRawPath() + "?" + created.uri().getRawQuery();
            OwnCouple couple = new OwnCouple(label, nameA, nameB, "ada" + run, "hal" + run, page);
            Matcher give = Pattern.compile("<button id=\"([^\"]+)givePortalLogin\"").matcher(created.body());
            for (String login : List.of(couple.loginA(), couple.loginB())) {
                assertTrue(give.find(), "a partner without a portal login has the button to give one");
                givePortalLogin(http, created.body(), page, give.group(1), login);
            }
            if (policySigned) {
                signSecretsPolicy(http.server(), couple.loginA(), nameA);
                signSecretsPolicy(http.server(), couple.loginB(), nameB);
            }
            therapist.open(page);
            return couple;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A partner of a test's own couple signs the demo practice's secrets policy (joint work waits for both signatures)
     * with the request the portal's Sign button sends; PolicyIT signs it in the browser.
     */
    protected static void signSecretsPolicy(PayaraServer server, String login, String fullName)
            throws IOException, InterruptedException {
        HttpCaller partner = new HttpCaller(server).signIn(login, PARTNER_PASSWORD);
        if (!partner.get("/portal/policy.xhtml").body().contains("policyForm:sign")) {
            return; // the practice has no policy to sign
        }
        String answer = partner.submitAjax("/portal/policy.xhtml", "policyForm", "policyForm:sign",
                Map.of("policyForm:typedName", fullName));
        assertTrue(answer.contains("Your signature is kept with this version."), answer);
    }

    /** What the give-login button of one partner (its client id's prefix) sends: an AJAX request with the form. */
    private static void givePortalLogin(HttpCaller http, String couplePage, String page, String partner, String login)
            throws IOException, InterruptedException {
        String button = partner + "givePortalLogin";
        Map<String, String> fields = HttpCaller.formFields(couplePage, "coupleForm");
        fields.put(partner + "portalLogin", login);
        fields.put(partner + "portalPassword", PARTNER_PASSWORD);
        fields.putAll(HttpCaller.ajaxRequest(couplePage, button, null,
                button + " " + partner + "portalLogin " + partner + "portalPassword", "coupleForm"));
        String answer = http.post(page, fields, true).body();
        assertTrue(answer.contains("can now sign in to the portal as " + login + "."), answer);
    }

    /** The id of a test's own couple, from the address of its page. */
    protected static String coupleIdOf(OwnCouple couple) {
        return couple.page().replaceAll(".*[?&]id=(\\d+).*", "$1");
    }

    /**
     * Books a joint appointment for a test's own couple with the appointments page's form, sent by HTTP in the
     * therapist's session (the request the Book button sends; CalendarIT fills the form in the browser).
     */
    protected static void bookByHttp(Browser therapist, OwnCouple couple, java.time.LocalDate day, String start, String end) {
        String path = "/therapist/couples/appointments.xhtml?couple=" + coupleIdOf(couple);
        try {
            String answer = therapist.sameSession().submitAjax(path, "bookForm", "bookForm:bookButton", Map.of(
                    "bookForm:day_input", day.toString(), "bookForm:start_input", start, "bookForm:endTime_input", end));
            assertTrue(answer.contains("The appointment is booked."), answer);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Opens the couple's page (the caseload's search is tested on its own, in CaseloadAndCoupleIT). */
    protected static void openCouple(Browser therapist, OwnCouple couple) {
        therapist.open(couple.page());
    }

    /** A date as every page shows it in English ("Dec 3, 2026"). */
    protected static String shown(java.time.LocalDate day) {
        return java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                .withLocale(java.util.Locale.ENGLISH).format(day);
    }

    /** A label no other test (or earlier run on the same database) uses. */
    protected static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 6);
    }
}
