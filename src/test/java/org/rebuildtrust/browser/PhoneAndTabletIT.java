package org.rebuildtrust.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The portal as a phone shows it (320 px, the narrowest phones, and 390 px, a common one) and the therapist's pages on
 * a tablet (768 px), emulated as a mobile device so the pages' viewport setting applies: no page scrolls sideways,
 * every control a finger taps is at least 24 by 24 px (WCAG 2.5.8; links inside a sentence are exempt there), and no
 * text is smaller than 12 px. And the portal can be added to a home screen: its manifest names icons that exist, and
 * no service worker is registered (nothing clinical is kept on the phone).
 */
@org.junit.jupiter.api.Order(4) // early: among the longest browser classes (see AccessibilityIT)
class PhoneAndTabletIT extends BrowserTestSupport {

    /** What is wrong with the page at the current width, in words; empty when nothing is. */
    private static final String PROBLEMS = """
            const problems = [];
            const width = document.documentElement.clientWidth;
            if (document.documentElement.scrollWidth > width) {
                const wide = [...document.body.querySelectorAll('*')].filter(e => e.getBoundingClientRect().right > width + 1)
                    .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + [...e.classList].join('.'));
                problems.push('scrolls sideways: ' + document.documentElement.scrollWidth + ' px in ' + width
                    + ' px, widest: ' + wide.slice(-5).join(', '));
            }
            const visible = e => { const r = e.getBoundingClientRect(); const s = getComputedStyle(e);
                return r.width > 0 && r.height > 0 && r.right > 0 && r.left < width && s.visibility !== 'hidden' && s.display !== 'none'
                    && !e.closest('.ui-helper-hidden-accessible, [hidden], [aria-hidden=true]'); };
            const inSentence = e => e.tagName === 'A' && e.closest('p, li, dd, td, span.rb-hint') !== null
                && !e.classList.contains('rb-homework-link');
            const targets = document.querySelectorAll('a[href], button, input:not([type=hidden]):not([type=radio]), '
                + 'select, textarea, .rb-scale-radios label, .ui-chkbox-box, .ui-radiobutton-box, .ui-selectonemenu');
            for (const e of targets) {
                if (!visible(e) || inSentence(e)) { continue; }
                const r = e.getBoundingClientRect();
                if (r.width < 24 || r.height < 24) {
                    problems.push('small target ' + Math.round(r.width) + 'x' + Math.round(r.height) + ': '
                        + e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' "' + (e.textContent || '').trim().slice(0, 30) + '"');
                }
            }
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            while (walker.nextNode()) {
                const node = walker.currentNode;
                const e = node.parentElement;
                if (node.textContent.trim() && e && visible(e) && parseFloat(getComputedStyle(e).fontSize) < 12) {
                    problems.push('small text ' + getComputedStyle(e).fontSize + ': "' + node.textContent.trim().slice(0, 30) + '"');
                }
            }
            return problems;""";

    private final List<String> problems = new ArrayList<>();

    private static void emulate(Browser browser, int width, boolean phone) {
        browser.emulate(width, phone ? 740 : 1024);
    }

    @SuppressWarnings("unchecked")
    private void check(Browser browser, int width, String page) {
        browser.open(page);
        if (page.equals("/therapist/calendar.xhtml")) {
            // The calendar draws its appointments after the page has loaded: the demo books one for robin today, so
            // the week shown always has one, and measuring before it is drawn would measure none.
            browser.waitUntil(d -> !browser.all(By.cssSelector(".fc-event .fc-event-time")).isEmpty());
        }
        for (Object problem : (List<Object>) ((JavascriptExecutor) browser.driver()).executeScript(PROBLEMS)) {
            problems.add(width + " px " + page + ": " + problem);
        }
    }

    @Test
    void everyPortalPageFitsAPhoneWithTargetsAFingerCanTapAndTheTherapistsPagesFitATablet() throws Exception {
        Browser robin = signedIn("robin", DEMO_PASSWORD);
        OwnCouple couple = ownCouple(robin, "Phone");
        String coupleId = couple.page().replaceAll(".*id=(\\d+).*", "$1");
        robin.driver().findElement(By.cssSelector("#giveHomework a, a#giveHomework")).click();
        robin.waitForAjax();
        robin.choose("assignForm:template", "Talking openly about what happened (Open communication)");
        robin.clickLabel("Each partner, separately");
        robin.clickLabel("Private: only you and your therapist will see your answers.");
        robin.type("assignForm:dueDate", LocalDate.now().plusDays(5).toString());
        robin.clickAndWaitForPage("assignForm:assign");
        String assignment = HttpCaller.first(Pattern.compile("assignment\\.xhtml\\?id=(\\d+)"), robin.driver().getPageSource());

        bookByHttp(robin, couple, LocalDate.now().plusDays(6), "06:40", "07:30"); // the portal lists an appointment
        Browser ada = signedIn(couple.loginA(), PARTNER_PASSWORD);
        ada.open("/portal/home.xhtml");
        String answer = HttpCaller.first(Pattern.compile("answer\\.xhtml\\?id=(\\d+)"), ada.driver().getPageSource());
        Browser visitor = newBrowser();
        for (int width : new int[]{320, 390}) {
            emulate(visitor, width, true);
            for (String page : List.of("/login.xhtml", "/forgot.xhtml", "/accessibility.xhtml")) {
                check(visitor, width, page);
            }
            emulate(ada, width, true);
            for (String page : List.of("/portal/home.xhtml", "/portal/answer.xhtml?id=" + answer, "/portal/checkin.xhtml",
                    "/portal/milestones.xhtml", "/portal/accountability.xhtml", "/portal/report.xhtml",
                    "/portal/intake.xhtml", "/portal/policy.xhtml", "/account/password.xhtml", "/account/two-factor.xhtml",
                    "/account/reminders.xhtml")) {
                check(ada, width, page);
            }
        }
        emulate(robin, 768, false);
        for (String page : List.of("/therapist/caseload.xhtml", "/therapist/couples/new.xhtml", couple.page(),
                "/therapist/couples/review.xhtml?couple=" + coupleId, "/therapist/couples/accountability.xhtml?couple=" + coupleId,
                "/therapist/couples/report.xhtml?couple=" + coupleId, "/therapist/couples/assign.xhtml?couple=" + coupleId,
                "/therapist/couples/assignment.xhtml?id=" + assignment, "/therapist/library/index.xhtml",
                "/therapist/library/template.xhtml", "/therapist/library/program.xhtml", "/therapist/calendar.xhtml",
                "/therapist/couples/appointments.xhtml?couple=" + coupleId)) {
            check(robin, 768, page);
        }
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    @Test
    void thePortalCanBeAddedToAHomeScreenWithItsOwnIconsAndKeepsNothingOnThePhone() throws Exception {
        HttpCaller anyone = new HttpCaller(server);
        HttpResponse<String> manifest = anyone.get("/manifest.webmanifest");
        assertEquals(200, manifest.statusCode());
        assertTrue(manifest.headers().firstValue("Content-Type").orElse("").startsWith("application/manifest+json"),
                manifest.headers().toString());
        jakarta.json.JsonObject json = jakarta.json.Json.createReader(new java.io.StringReader(manifest.body())).readObject();
        assertEquals("Rebuild", json.getString("name"));
        assertEquals("standalone", json.getString("display"));
        assertEquals("portal/home.xhtml", json.getString("start_url"));
        for (jakarta.json.JsonValue value : json.getJsonArray("icons")) {
            jakarta.json.JsonObject icon = value.asJsonObject();
            HttpResponse<byte[]> image = anyone.getBytes("/" + icon.getString("src"));
            assertEquals(200, image.statusCode(), icon.getString("src"));
            java.awt.image.BufferedImage read = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(image.body()));
            assertEquals(icon.getString("sizes"), read.getWidth() + "x" + read.getHeight(), icon.getString("src"));
        }

        Browser alex = signedIn("alex", DEMO_PASSWORD);
        alex.open("/portal/home.xhtml");
        assertTrue(alex.driver().findElement(By.cssSelector("link[rel=manifest]")).getAttribute("href")
                .endsWith("/manifest.webmanifest"));
        Object workers = ((JavascriptExecutor) alex.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                navigator.serviceWorker.getRegistrations().then(r => done(r.length), () => done(-1));""");
        assertEquals(0L, workers, "no service worker, so no page of the portal is kept on the phone");
    }
}
