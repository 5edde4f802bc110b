package org.rebuildtrust.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import java.io.IOException;
import java.io.Reader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A partner whose phone asks for Spanish meets the portal in Spanish from the first page, and a partner who chooses a
 * language keeps it whatever the browser asks. On every page of the portal (and the pages before signing in), no word
 * of English is shown: the page's text and its accessible names are read word by word against the English words of
 * the bundles that no Spanish text uses, and against the commonest English words, so a string that never went through
 * the bundle (a page's own words, a component's default) is found too. Names the test typed are the only exception.
 */
@org.junit.jupiter.api.Order(4) // early: among the longest browser classes (see AccessibilityIT)
class SpanishPortalIT extends BrowserTestSupport {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern WORD = Pattern.compile("\\p{L}{3,}");
    /** Common English words that are no Spanish words (not "date": "date unos minutos"), always English wherever they come from. */
    private static final List<String> COMMON_ENGLISH = List.of("the", "and", "you", "your", "with", "this", "that",
            "for", "from", "not", "are", "was", "will", "have", "here", "there", "what", "when", "which", "who",
            "please", "choose", "save", "submit", "cancel", "sign", "due", "open", "done", "yes", "button",
            "select", "upload", "close", "next", "previous", "today", "clear", "month", "year", "week");

    /** Spanish words spelled as English ones that the bundles happen to use only in English ("que lo use"). */
    private static final Set<String> SPANISH_TOO = Set.of("use", "once", "come", "sale", "pie", "red", "fin", "control");

    private final Set<String> englishWords = englishOnlyWords();
    private final List<String> english = new ArrayList<>();

    @Test
    void aPartnerWhosePhoneAsksForSpanishReadsEveryPortalPageInSpanishAndAChosenLanguageWinsOverTheBrowsers()
            throws Exception {
        Browser robin = signedIn("robin", DEMO_PASSWORD);
        OwnCouple couple = ownCouple(robin, "Lengua");
        giveTheFirstBuiltInTemplate(robin, LocalDate.now().plusDays(9));
        bookByHttp(robin, couple, LocalDate.now().plusDays(12), "06:30", "07:20"); // her portal lists it, in Spanish
        Set<String> typed = wordsOf(couple.label() + " " + couple.nameA() + " " + couple.nameB() + " " + couple.loginA());

        Browser ada = newBrowser().acceptLanguage("es-MX,es;q=0.9,en;q=0.5");
        for (String page : List.of("/login.xhtml", "/forgot.xhtml", "/welcome.xhtml?token=not-a-real-invitation",
                "/reset.xhtml?token=not-a-real-link")) {
            ada.open(page);
            inSpanish(ada, page, typed);
        }
        ada.open("/login.xhtml");
        ada.signIn(couple.loginA(), "not her password");
        inSpanish(ada, "a refused sign-in", typed);
        assertTrue(ada.pageText().contains("Nombre de usuario o contraseña incorrectos."), ada.pageText());
        ada.signIn(couple.loginA(), PARTNER_PASSWORD);
        assertEquals("/portal/home.xhtml", ada.currentPath());
        typed.addAll(wordsOf(ada.byId("therapistName").getText()));
        inSpanish(ada, "portal home", typed);
        assertTrue(ada.byId("comingAppointments").getText().contains("Sesión de pareja con"), ada.byId("comingAppointments").getText());
        assertTrue(ada.pageText().contains("Hablar abiertamente de lo que pasó"),
                "the built-in template's title is in Spanish: " + ada.pageText());

        ada.driver().findElement(By.cssSelector("#openHomework a.rb-homework-link")).click();
        ada.waitUntil(d -> d.getCurrentUrl().contains("/portal/answer.xhtml"));
        inSpanish(ada, "an answer", typed);
        assertTrue(ada.driver().findElements(By.cssSelector("label")).stream()
                .anyMatch(label -> label.getText().equals("Dolor")), "checklist options in Spanish: " + ada.pageText());

        ada.open("/portal/checkin.xhtml");
        inSpanish(ada, "check-in", typed);
        ada.clickAjax("checkInForm:save");
        assertTrue(ada.driver().findElements(By.cssSelector(".ui-message-error, .ui-messages-error")).size() > 0,
                "an empty check-in is refused with messages: " + ada.pageText());
        inSpanish(ada, "a refused check-in", typed);

        ada.open("/portal/milestones.xhtml");
        inSpanish(ada, "milestones", typed);
        ada.clickAjax("milestoneForm:log");
        inSpanish(ada, "a refused milestone", typed);

        ada.open("/portal/accountability.xhtml");
        inSpanish(ada, "accountability", typed);
        ada.open("/portal/report.xhtml");
        inSpanish(ada, "report", typed);
        // the practice's own policy is its words, as written (like a name typed): the page around it is Spanish
        ada.open("/portal/policy.xhtml");
        typed.addAll(wordsOf(ada.byId("policyText").getText()));
        for (String page : List.of("/portal/policy.xhtml", "/portal/intake.xhtml", "/account/password.xhtml", "/account/two-factor.xhtml", "/account/reminders.xhtml",
                "/no-such-page.xhtml",
                "/accessibility.xhtml")) {
            ada.open(page);
            inSpanish(ada, page, typed);
        }

        // Her choice is kept with her account and wins over what the browser asks for, on any later sign-in.
        ada.open("/portal/home.xhtml");
        ada.choose("languageForm:language", "English");
        ada.clickAndWaitForPage("languageForm:chooseLanguage");
        assertEquals("en", ada.driver().findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(ada.pageText().contains("Talking openly about what happened"), ada.pageText());
        ada.signOut();
        ada.signIn(couple.loginA(), PARTNER_PASSWORD);
        assertEquals("en", ada.driver().findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(ada.pageText().contains("To do"), ada.pageText());
        ada.choose("languageForm:language", "Español");
        ada.clickAndWaitForPage("languageForm:chooseLanguage");
        inSpanish(ada, "portal home, Spanish chosen", typed);

        assertEquals(List.of(), english, String.join("\n", english));
    }

    @Test
    void aTamperedLanguageIsRefusedWithAMessageAndChangesNothing() throws Exception {
        Browser robin = signedIn("robin", DEMO_PASSWORD);
        OwnCouple couple = ownCouple(robin, "Idioma");
        HttpCaller hal = new HttpCaller(server).signIn(couple.loginB(), PARTNER_PASSWORD);
        for (String tampered : List.of("KLINGON", "", "SPANISH' OR '1'='1", "spanish", "1")) {
            String home = hal.get("/portal/home.xhtml").body();
            java.util.Map<String, String> fields = HttpCaller.formFields(home, "languageForm");
            fields.put("languageForm:language_input", tampered);
            fields.put("languageForm:chooseLanguage", "");
            HttpCaller.addViewStateAndNonce(home, fields);
            var answer = hal.post("/portal/home.xhtml", fields, false);
            assertEquals(200, answer.statusCode(), tampered);
            assertTrue(answer.body().contains("ui-message-error"), "a message at the field for " + tampered);
            assertTrue(answer.body().contains("<html lang=\"en\""), "still English after " + tampered);
        }
        assertTrue(hal.get("/portal/home.xhtml").body().contains("<html lang=\"en\""), "nothing was chosen");

        // The plain refusals drawn outside the pages (here: a session id in the address) say their language too.
        HttpResponse<String> refused = new HttpCaller(server).get("/login.xhtml;jsessionid=0123456789", "Accept-Language", "es");
        assertTrue(refused.body().contains("<html lang=\"es\""), refused.body());
    }

    /** The page is in Spanish: html lang, and no English word in its text, title or accessible names. */
    private void inSpanish(Browser browser, String page, Set<String> allowed) {
        assertEquals("es", browser.driver().findElement(By.tagName("html")).getAttribute("lang"), page);
        List<?> namesAndCode = (List<?>) ((JavascriptExecutor) browser.driver()).executeScript("""
                return [[document.title, ...[...document.querySelectorAll('[aria-label],[title],[placeholder],[alt]')]
                    .flatMap(e => ['aria-label', 'title', 'placeholder', 'alt'].map(a => e.getAttribute(a) || ''))].join(' '),
                    [...document.querySelectorAll('code')].map(c => c.textContent).join(' ')];""");
        String shown = browser.pageText() + " " + namesAndCode.get(0);
        Set<String> codeWords = wordsOf(String.valueOf(namesAndCode.get(1))); // names of files and settings are no language
        Set<String> found = new TreeSet<>();
        Matcher words = WORD.matcher(shown);
        while (words.find()) {
            String word = words.group().toLowerCase(Locale.ROOT);
            if (englishWords.contains(word) && !allowed.contains(word) && !codeWords.contains(word)) {
                found.add(word);
            }
        }
        if (!found.isEmpty()) {
            english.add(page + ": " + found + "\n" + shown);
        }
    }

    /** The built-in "Talking openly about what happened" (template 1), to each partner, from the couple's page. */
    private static void giveTheFirstBuiltInTemplate(Browser robin, LocalDate due) {
        robin.driver().findElement(By.cssSelector("#giveHomework a, a#giveHomework")).click();
        robin.waitForAjax();
        robin.choose("assignForm:template", "Talking openly about what happened (Open communication)");
        robin.clickLabel("Each partner, separately");
        robin.clickLabel("Private: only you and your therapist will see your answers.");
        robin.type("assignForm:dueDate", due.toString());
        robin.clickAndWaitForPage("assignForm:assign");
        assertTrue(robin.pageText().contains("Homework given"), robin.pageText());
    }

    private static Set<String> wordsOf(String text) {
        Set<String> words = new HashSet<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(matcher.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    /**
     * Words of the English bundles that no Spanish text of the bundles uses, and common English words whatever the
     * Spanish bundle holds: a Spanish value left in English (or copied from the English one) must not make its words
     * count as Spanish.
     */
    private static Set<String> englishOnlyWords() {
        Set<String> englishOnly = new HashSet<>();
        Set<String> spanish = new HashSet<>();
        for (String[] pair : new String[][]{{"org/rebuildtrust/i18n/messages.properties", "org/rebuildtrust/i18n/messages_es.properties"},
                {"org/rebuildtrust/i18n/builtin.properties", "org/rebuildtrust/i18n/builtin_es.properties"},
                {"ValidationMessages.properties", "ValidationMessages_es.properties"}}) {
            Properties inEnglish = load(pair[0]);
            Properties inSpanish = load(pair[1]);
            inEnglish.values().forEach(value -> englishOnly.addAll(wordsOf(value.toString())));
            inSpanish.stringPropertyNames().stream()
                    .filter(key -> !inSpanish.getProperty(key).equals(inEnglish.getProperty(key)))
                    .forEach(key -> spanish.addAll(wordsOf(inSpanish.getProperty(key))));
        }
        englishOnly.removeAll(spanish);
        englishOnly.addAll(COMMON_ENGLISH);
        englishOnly.removeAll(Set.of("english", "español")); // each language's name in itself, on the language menu
        englishOnly.removeAll(SPANISH_TOO);
        return englishOnly;
    }

    private static Properties load(String file) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(RESOURCES.resolve(file), StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return properties;
    }
}
