package org.rebuildtrust.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The main journeys without a mouse, as a person who uses only a keyboard (or a switch device that acts as one) goes
 * through them: signing in, a therapist giving homework and opening the review, a partner answering and submitting
 * homework and checking in. Only Tab, Shift+Tab, arrow keys, Space, Enter, Escape and typed text are used. At every
 * element the Tab key reaches, the focus must be visible (an outline or a focus shadow on the element, or on what
 * stands for it: a radio button's label, a PrimeFaces checkbox's box); a field that Tab cannot leave within a page's
 * worth of presses is a trap; and the one dialog (the session warning) gives the focus back where it was.
 */
@org.junit.jupiter.api.Order(4) // early: among the longest browser classes (see AccessibilityIT)
class KeyboardIT extends BrowserTestSupport {

    /** Why the focused element shows no focus, or "" when it does. */
    private static final String FOCUS_PROBLEM = """
            const e = document.activeElement;
            if (!e || e === document.body) { return ''; } // Tab went on to the browser's own controls, as at a page's end
            const ring = x => { if (!x) { return false; } const s = getComputedStyle(x);
                return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 1) || (s.boxShadow && s.boxShadow !== 'none'); };
            const unseen = x => getComputedStyle(x).opacity === '0' || x.closest('.ui-helper-hidden-accessible') !== null;
            const seenRing = x => !unseen(x) && ring(x);
            let shown = seenRing(e) || [...(e.labels || [])].some(seenRing);
            const widget = e.closest('.ui-chkbox, .ui-radiobutton, .ui-selectonemenu');
            if (!shown && widget) { shown = seenRing(widget) || seenRing(widget.querySelector('.ui-chkbox-box, .ui-radiobutton-box')); }
            const r = (e.labels && e.labels[0] && getComputedStyle(e).opacity === '0' ? e.labels[0] : e).getBoundingClientRect();
            if (r.width === 0 || r.height === 0) { return 'focus on something not shown: ' + e.outerHTML.slice(0, 120); }
            return shown ? '' : 'no visible focus on ' + e.outerHTML.slice(0, 160);""";

    private static final String FOCUSED = """
            const e = document.activeElement;
            return e ? (e.id || e.name || e.textContent.trim().slice(0, 40)) : '';""";

    private final List<String> problems = new ArrayList<>();

    private static void press(Browser browser, CharSequence... keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }

    private static String focused(Browser browser) {
        return String.valueOf(((JavascriptExecutor) browser.driver()).executeScript(FOCUSED));
    }

    /**
     * Presses Tab until the focus is on the element with this id (or whose text this is), checking that the focus is
     * visible at every stop; fails when 80 presses do not get there (a trap, or an element Tab never reaches).
     */
    private void tabTo(Browser browser, String target) {
        List<String> passed = new ArrayList<>();
        String now = focused(browser);
        for (int presses = 0; presses < 80; presses++) {
            if (now.equals(target)) {
                return;
            }
            passed.add(now);
            press(browser, Keys.TAB);
            // one look per press (each costs Chromium CPU): where the focus went, and whether it shows
            List<?> look = (List<?>) ((JavascriptExecutor) browser.driver()).executeScript(
                    "const problem = (function () {" + FOCUS_PROBLEM + "})();"
                    + "const where = (function () {" + FOCUSED + "})();"
                    + "return [where, problem];");
            now = String.valueOf(look.get(0));
            if (!"".equals(look.get(1))) {
                problems.add(browser.currentPath() + ": " + look.get(1));
            }
        }
        throw new AssertionError("Tab never reached " + target + " on " + browser.currentPath() + "; it went through "
                + passed + "\n" + String.join("\n", problems));
    }

    private void type(Browser browser, String text) {
        press(browser, text);
    }

    private void signInByKeyboard(Browser browser, String login, String password) {
        browser.open("/login.xhtml");
        press(browser, Keys.TAB);
        assertEquals(browser.driver().findElement(org.openqa.selenium.By.cssSelector(".rb-skip")).getText(),
                focused(browser), "the first Tab reaches the link that skips to the content");
        tabTo(browser, "loginForm:loginName");
        type(browser, login);
        tabTo(browser, "loginForm:password");
        type(browser, password);
        press(browser, Keys.ENTER);
        browser.waitUntil(d -> !d.getCurrentUrl().contains("/login.xhtml"));
    }

    /** Moves a radio group's choice with the arrow keys until the chosen option's label is this text. */
    private static void arrowToRadio(Browser browser, String groupName, String label) {
        List<Object> seen = new ArrayList<>();
        for (int presses = 0; presses < 12; presses++) {
            Object chosen = ((JavascriptExecutor) browser.driver()).executeScript("""
                    const r = document.querySelector('input[name="' + arguments[0] + '"]:checked');
                    return r && r.labels && r.labels.length ? r.labels[r.labels.length - 1].textContent.trim() : ''; // its own, after the group's""", groupName);
            if (label.equals(chosen)) {
                return;
            }
            seen.add(chosen + " (focus " + focused(browser) + ")");
            press(browser, Keys.ARROW_DOWN);
            browser.waitForAjax();
        }
        throw new AssertionError("the arrow keys never chose " + label + " in " + groupName + ": " + seen);
    }

    @Test
    void aTherapistGivesHomeworkAndOpensTheReviewAndAPartnerAnswersAndChecksInWithTheKeyboardAlone() throws Exception {
        OwnCouple couple = ownCouple(signedIn("robin", DEMO_PASSWORD), "Keys");

        // The therapist: sign in, find the couple, give homework, open the review.
        Browser robin = newBrowser();
        signInByKeyboard(robin, "robin", DEMO_PASSWORD);
        assertEquals("/therapist/caseload.xhtml", robin.currentPath());
        tabTo(robin, "caseloadForm:search");
        type(robin, couple.label());
        robin.waitUntil(d -> d.findElements(org.openqa.selenium.By.linkText(couple.label())).size() == 1
                && d.findElements(org.openqa.selenium.By.cssSelector("#caseloadForm\\:couples tbody tr")).size() == 1);
        tabTo(robin, couple.label());
        press(robin, Keys.ENTER);
        robin.waitUntil(d -> d.getCurrentUrl().contains("/therapist/couples/couple.xhtml"));
        tabTo(robin, "Give homework");
        press(robin, Keys.ENTER);
        robin.waitUntil(d -> d.getCurrentUrl().contains("/therapist/couples/assign.xhtml"));
        tabTo(robin, "assignForm:template_label");
        press(robin, Keys.SPACE); // opens the menu, whose filter takes the focus
        robin.waitUntil(d -> focused(robin).equals("assignForm:template_filter"));
        type(robin, "Talking openly");
        press(robin, Keys.ENTER);
        robin.waitUntil(d -> d.findElement(org.openqa.selenium.By.id("assignForm:template_label")).getText()
                .startsWith("Talking openly about what happened"));
        assertEquals("assignForm:template_label", focused(robin), "choosing gives the focus back to the menu");
        tabTo(robin, firstRadioOrChecked(robin, "assignForm:partner"));
        arrowToRadio(robin, "assignForm:partner", "Each partner, separately");
        tabTo(robin, firstRadioOrChecked(robin, "assignForm:visibility"));
        arrowToRadio(robin, "assignForm:visibility", "Private: only you and your therapist will see your answers.");
        tabTo(robin, "assignForm:dueDate_input");
        type(robin, LocalDate.now().plusDays(6).toString());
        tabTo(robin, "assignForm:assign");
        press(robin, Keys.ENTER);
        robin.waitUntil(d -> d.getCurrentUrl().contains("/therapist/couples/couple.xhtml"));
        assertTrue(robin.pageText().contains("Homework given"), robin.pageText());
        tabTo(robin, "Review before the session");
        press(robin, Keys.ENTER);
        robin.waitUntil(d -> d.getCurrentUrl().contains("/therapist/couples/review.xhtml"));

        // The partner: sign in, answer and submit the homework, check in (a refused try first).
        Browser ada = newBrowser();
        signInByKeyboard(ada, couple.loginA(), PARTNER_PASSWORD);
        assertEquals("/portal/home.xhtml", ada.currentPath());
        tabTo(ada, "Talking openly about what happened");
        press(ada, Keys.ENTER);
        ada.waitUntil(d -> d.getCurrentUrl().contains("/portal/answer.xhtml"));
        for (String id : textFieldsOf(ada)) {
            tabTo(ada, id);
            type(ada, "Written with the keyboard alone.");
        }
        String firstOption = String.valueOf(((JavascriptExecutor) ada.driver()).executeScript(
                "return document.querySelector('.rb-prompt-CHECKLIST input[type=checkbox]').id;"));
        tabTo(ada, firstOption);
        press(ada, Keys.SPACE);
        assertTrue(ada.driver().findElement(org.openqa.selenium.By.id(firstOption)).isSelected(), "Space ticks");
        String firstNumber = String.valueOf(((JavascriptExecutor) ada.driver()).executeScript(
                "return document.querySelector('.rb-prompt-SCALE input[type=radio]').id;"));
        tabTo(ada, firstNumber);
        press(ada, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
        assertTrue(((String) ((JavascriptExecutor) ada.driver()).executeScript(
                "return document.querySelector('.rb-prompt-SCALE input:checked').value;")).matches("\\d+"),
                "the arrow keys choose a number");

        // The session warning, a modal dialog, takes the focus and gives it back where it was.
        String before = focused(ada);
        ((JavascriptExecutor) ada.driver()).executeScript("PF('sessionWarning').show();");
        ada.waitUntil(d -> focused(ada).equals("sessionWarningForm:staySignedIn"));
        press(ada, Keys.ENTER);
        ada.waitUntil(d -> focused(ada).equals(before));

        tabTo(ada, "answerForm:submit");
        press(ada, Keys.ENTER);
        ada.waitUntil(d -> d.findElements(org.openqa.selenium.By.id("myAnswer")).size() == 1);
        assertTrue(ada.pageText().contains("Written with the keyboard alone."), ada.pageText());

        ada.open("/portal/checkin.xhtml");
        tabTo(ada, "checkInForm:save");
        press(ada, Keys.ENTER);
        ada.waitForAjax();
        Object tied = ((JavascriptExecutor) ada.driver()).executeScript("""
                const radio = document.querySelector('input[name="checkInForm:trust"]');
                const ids = (radio.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
                return radio.getAttribute('aria-invalid') + ' ' + ids.map(id => document.getElementById(id).textContent.trim()).join(' ');""");
        assertTrue(String.valueOf(tied).startsWith("true ") && String.valueOf(tied).length() > 10,
                "the refusal is tied to the scale it is about: " + tied + "\n" + ((JavascriptExecutor) ada.driver())
                        .executeScript("return document.querySelector('fieldset:has([name=\"checkInForm:trust\"])').outerHTML;"));
        for (String measure : List.of("trust", "safety", "connection", "communication")) {
            tabTo(ada, "checkInForm:" + measure + ":0");
            press(ada, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
        }
        tabTo(ada, "checkInForm:save");
        press(ada, Keys.ENTER);
        ada.waitUntil(d -> ada.pageText().contains("Your check-in for this week is saved."));
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    /** The radio of a group that Tab reaches: the chosen one, or the first when none is chosen. */
    private static String firstRadioOrChecked(Browser browser, String groupName) {
        return String.valueOf(((JavascriptExecutor) browser.driver()).executeScript("""
                const checked = document.querySelector('input[name="' + arguments[0] + '"]:checked');
                return (checked || document.querySelector('input[name="' + arguments[0] + '"]')).id;""", groupName));
    }

    @SuppressWarnings("unchecked")
    private static List<String> textFieldsOf(Browser browser) {
        return (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(
                "return [...document.querySelectorAll('#answerForm textarea')].map(t => t.id);");
    }
}
