package org.rebuildtrust.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * One person's headless Chromium (Debian's /usr/bin/chromium and /usr/bin/chromedriver; nothing is downloaded),
 * with the few actions the tests share: open a page, sign in, fill a field, wait for a PrimeFaces AJAX update.
 */
public final class Browser implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Duration POLL = Duration.ofMillis(50);
    /** Where an idle browser waits between tests: a page of the server's with no script and no session. */
    private static final String PARKED_AT = "/jakarta.faces.resource/js/limits.js.xhtml";

    /** Browsers that finished a test, wiped, waiting for the next one (starting Chromium costs about a second of CPU). */
    private static final java.util.Queue<Browser> IDLE = new java.util.concurrent.ConcurrentLinkedQueue<>();

    private final ChromeDriver driver;
    private final ChromiumCpu cpu;
    /** Chromium's CPU when this browser was lent to the current test; its CPU once quit (its processes are gone then). */
    private double cpuAtLease;
    private Double cpuAtClose;
    private PayaraServer server;
    /** Set while a test has this browser ask for other languages than Chromium's own (see {@link #acceptLanguage}). */
    private boolean languageSet;
    /** Set while a test has this browser stand for a phone or a tablet (see {@link #emulate}). */
    private boolean deviceEmulated;

    /**
     * A browser for one test on this server: an idle one from an earlier test, wiped as if new (no cookies, no
     * storage), or a new one. Its cache of scripts and styles is kept, as a returning visitor's would be. Give it back
     * with {@link #release()}.
     */
    static Browser forTest(PayaraServer server) {
        Browser browser = IDLE.poll();
        if (browser == null) {
            browser = new Browser(server);
        }
        browser.server = server;
        browser.cpuAtLease = browser.cpuSeconds();
        return browser;
    }

    /**
     * After a test: wiped and kept for the next, or quit when it no longer answers. It waits on a small script file of
     * the server rather than on about:blank: the next test's first page then reuses the page process Chromium already
     * has for this site instead of starting one (about half a second of CPU each time).
     */
    void release() {
        try {
            driver.get(server.url(PARKED_AT));
            if (deviceEmulated) {
                driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
                deviceEmulated = false;
            }
            if (languageSet) {
                driver.executeCdpCommand("Network.setExtraHTTPHeaders", java.util.Map.of("headers", java.util.Map.of()));
                languageSet = false;
            }
            driver.executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
            driver.executeCdpCommand("Storage.clearDataForOrigin", java.util.Map.of("origin", server.url(""),
                    "storageTypes", "all"));
            IDLE.add(this);
        } catch (RuntimeException broken) {
            close();
        }
    }

    /** Quits the browsers still kept when the test JVM ends. */
    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> IDLE.forEach(Browser::close)));
    }

    public Browser(PayaraServer server) {
        this.server = server;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(new File("/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--window-size=1024,768", "--user-data-dir=" + profileDir());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        this.cpu = ChromiumCpu.of(service);
    }

    private static String profileDir() {
        try {
            Path target = Path.of(System.getProperty("rebuild.targetDir", "target"));
            return Files.createTempDirectory(target, "chrome-profile-").toAbsolutePath().toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * A wait that looks again every 50 ms for its first second, then less and less often (up to every 250 ms): most
     * conditions hold within a few tries, and Selenium's default of 500 ms would add up to half a second to every page
     * change and AJAX update, which is most of a browser test's time. Each look is a WebDriver round trip that costs
     * Chromium about 0.1 s of CPU per second of looking every 50 ms; a long wait (a server busy with other tests) at
     * that rate took CPU from the very work it waited for. An element that an AJAX update replaced while the condition
     * read it is looked up again at the next try.
     */
    private WebDriverWait waitUpTo(Duration timeout) {
        long[] slept = {0};
        org.openqa.selenium.support.ui.Sleeper backingOff = ignoredInterval -> {
            long millis = slept[0] < 1_000 ? POLL.toMillis() : slept[0] < 3_000 ? 100 : 250;
            slept[0] += millis;
            Thread.sleep(millis);
        };
        WebDriverWait wait = new WebDriverWait(driver, timeout, POLL, java.time.Clock.systemDefaultZone(), backingOff);
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    /** Has this browser ask for pages in these languages (its Accept-Language header), as a phone set to them does. */
    public Browser acceptLanguage(String languages) {
        driver.executeCdpCommand("Network.enable", java.util.Map.of());
        driver.executeCdpCommand("Network.setExtraHTTPHeaders",
                java.util.Map.of("headers", java.util.Map.of("Accept-Language", languages)));
        languageSet = true;
        return this;
    }

    /**
     * Has this browser stand for a mobile device of this size (CSS pixels, at twice the density): the page's viewport
     * setting applies as on a phone. The next test gets the browser back as a desktop one.
     */
    public Browser emulate(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                java.util.Map.of("width", width, "height", height, "deviceScaleFactor", 2, "mobile", true));
        deviceEmulated = true;
        return this;
    }

    public WebDriver driver() {
        return driver;
    }

    /**
     * Loads a page as a person's address bar does, and returns once it is ready to read: loaded, its start-up scripts
     * run (jQuery runs its ready handlers after the load event) and any request they opened answered. Under a full
     * suite on two cores, tests that read the page right after the load event read it before that, five classes in one
     * run (the text read again for the failure message had what the test looked for).
     */
    public Browser open(String path) {
        return openAddress(server.url(path));
    }

    /** {@link #open} for a whole address, as one follows a link from a mail. */
    public Browser openAddress(String address) {
        driver.get(address);
        waitForAjax();
        return this;
    }

    /**
     * Signs in through the sign-in form, as a person does, and lands where the form sends them. A browser already on
     * the sign-in page (after a refused try) types on it again, as a person would, rather than loading it anew.
     */
    public Browser signIn(String loginName, String password) {
        if (!driver.getCurrentUrl().startsWith(server.url("/login.xhtml"))) {
            open("/login.xhtml");
        }
        type("loginForm:loginName", loginName);
        type("loginForm:password", password);
        clickAndWaitForPage("loginForm:signIn");
        return this;
    }

    /**
     * Signs in with the sign-in form sent by HTTP ({@link HttpCaller#signIn}: the same request, the same checks on the
     * server) and gives this browser the session it got, for a test whose subject is what comes after signing in. The
     * browser is on no page of the application yet: the test opens the one it needs. Going through the form instead
     * costs Chromium about 1.7 s of CPU (two page loads and typed keys), a seventh of what the browser tests cost;
     * the form itself is proven where signing in is the subject (SignInAndPortalIT, TypedTextIT, HardeningIT, ...).
     */
    public Browser signedIn(String loginName, String password) {
        String session;
        try {
            session = new HttpCaller(server).signIn(loginName, password).sessionId();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        driver.executeCdpCommand("Network.setCookie", java.util.Map.of("name", "JSESSIONID", "value", session,
                "url", server.url("/"), "path", "/", "httpOnly", true, "sameSite", "Lax"));
        return this;
    }

    /** An HTTP client in this browser's session: for setting up what a test needs but does not test. */
    public HttpCaller sameSession() {
        @SuppressWarnings("unchecked")
        List<java.util.Map<String, Object>> cookies = (List<java.util.Map<String, Object>>) driver.executeCdpCommand(
                "Network.getCookies", java.util.Map.of("urls", List.of(server.url("/")))).get("cookies");
        return HttpCaller.inSession(server, cookies.stream().filter(c -> "JSESSIONID".equals(c.get("name")))
                .map(c -> (String) c.get("value")).findFirst()
                .orElseThrow(() -> new AssertionError("this browser is not signed in")));
    }

    public void signOut() {
        clickAndWaitForPage("signOutForm:signOut");
    }

    public WebElement byId(String id) {
        return waitUpTo(WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    public List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    /**
     * Replaces what a text input, a PrimeFaces password or a date picker (whose input carries the _input suffix)
     * holds, as a person would: select all, type over it. A date picker is left with Tab so its popup closes.
     * <p>
     * A text field or text area gets all but the last character the way an emoji keyboard or an input method commits
     * text (one insertText, with the input events a page listens for), and the last as a key press, so key handlers
     * (a search as you type) still run. Both go straight to Chromium's input (DevTools' Input domain, which ChromeDriver's
     * own typing uses underneath): ChromeDriver's key-by-key typing costs Chromium about 5 ms of CPU per character and
     * 60 ms per call, which was most of what the browser tests cost. It also takes characters outside Unicode's basic
     * plane (emoji), which ChromeDriver cannot type. Number fields and date pickers, whose scripts read each key, get
     * every key.
     */
    public void type(String id, String text) {
        WebElement field = byId(id);
        WebElement datePicker = (WebElement) ((JavascriptExecutor) driver).executeScript(
                "return document.getElementById(arguments[0] + '_input');", id);
        if (datePicker == null) {
            type(field, text);
            return;
        }
        typeEveryKey(datePicker, text);
        datePicker.sendKeys(Keys.TAB);
    }

    /** Replaces what a field found on the page holds, typed as {@link #type(String, String)} types. */
    public void type(WebElement field, String text) {
        boolean plainText = Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript("""
                const field = arguments[0];
                const plain = (field.tagName === 'TEXTAREA' || ['text', 'password', 'email', 'search', 'tel', 'url'].includes(field.type))
                    && !field.closest('.ui-inputnumber');
                if (plain) { field.scrollIntoView({block: 'nearest'}); field.focus(); field.select(); }
                return plain;""", field));
        if (!plainText) {
            typeEveryKey(field, text);
            return;
        }
        if (text.isEmpty()) {
            pressKey("Delete", "Delete", 46, null);
            return;
        }
        int last = text.offsetByCodePoints(text.length(), -1);
        if (last > 0) {
            driver.executeCdpCommand("Input.insertText", java.util.Map.of("text", text.substring(0, last)));
        }
        String lastCharacter = text.substring(last);
        if (Character.isSupplementaryCodePoint(lastCharacter.codePointAt(0))) {
            driver.executeCdpCommand("Input.insertText", java.util.Map.of("text", lastCharacter));
        } else {
            char key = lastCharacter.charAt(0);
            int keyCode = Character.isLetterOrDigit(key) && key < 128 ? Character.toUpperCase(key) : key == ' ' ? 32 : 0;
            pressKey(lastCharacter, key == ' ' ? "Space" : Character.isLetter(key) && key < 128 ? "Key" + Character.toUpperCase(key)
                    : Character.isDigit(key) ? "Digit" + key : "", keyCode, lastCharacter);
        }
    }

    /** One key pressed and let go on the focused element, with the text it types (null for a key that types none). */
    private void pressKey(String key, String code, int keyCode, String typed) {
        java.util.Map<String, Object> down = new java.util.HashMap<>(java.util.Map.of(
                "type", typed == null ? "rawKeyDown" : "keyDown", "key", key, "code", code, "windowsVirtualKeyCode", keyCode));
        if (typed != null) {
            down.put("text", typed);
            down.put("unmodifiedText", typed);
        }
        driver.executeCdpCommand("Input.dispatchKeyEvent", down);
        driver.executeCdpCommand("Input.dispatchKeyEvent", java.util.Map.of(
                "type", "keyUp", "key", key, "code", code, "windowsVirtualKeyCode", keyCode));
    }

    /** Select all, delete, and type the text key by key, for fields whose scripts read each key. */
    private static void typeEveryKey(WebElement field, String text) {
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(text);
    }

    /** Puts text into a field at once, as a paste would, with the input events a page listens for. */
    public void paste(String id, String text) {
        paste(byId(id), text);
    }

    private void paste(WebElement field, String text) {
        ((JavascriptExecutor) driver).executeScript("""
                arguments[0].value = arguments[1];
                arguments[0].dispatchEvent(new Event('input', {bubbles: true}));
                arguments[0].dispatchEvent(new Event('change', {bubbles: true}));""", field, text);
    }

    public String valueOf(String id) {
        WebElement field = driver.findElements(By.id(id + "_input")).stream().findFirst().orElseGet(() -> byId(id));
        return field.getAttribute("value");
    }

    /**
     * Chooses an option of a PrimeFaces selectOneMenu by its visible label, and waits until it shows as chosen.
     * The panel slides open and a click during the slide can miss, so the option is clicked once the panel stands
     * still, and an unanswered click is tried again. The waiting is done by the page (one script each), not by
     * WebDriver asking every 50 ms: each of its visibility checks costs Chromium about 25 ms of CPU.
     */
    public void choose(String menuId, String label) {
        for (int attempt = 0; attempt < 3; attempt++) {
            if (!Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript("""
                    const panel = document.getElementById(arguments[0] + '_panel');
                    return !!panel && panel.getClientRects().length > 0 && getComputedStyle(panel).visibility !== 'hidden';""", menuId))) {
                byId(menuId).click();
            }
            Object option = ((JavascriptExecutor) driver).executeAsyncScript("""
                    const [menuId, label, timeout] = arguments;
                    const done = arguments[arguments.length - 1];
                    const until = Date.now() + timeout;
                    (function look() {
                        const panel = document.getElementById(menuId + '_panel');
                        const item = panel && [...panel.querySelectorAll('li')]
                            .find(li => li.textContent.replace(/\\s+/g, ' ').trim() === label);
                        const still = panel && panel.getClientRects().length > 0 && getComputedStyle(panel).visibility !== 'hidden'
                            && getComputedStyle(panel).opacity === '1' && panel.getAnimations({subtree: true}).length === 0;
                        if (item && still) {
                            item.scrollIntoView({block: 'nearest'}); // long lists scroll inside the panel, as a person would
                            done(item);
                        } else if (Date.now() > until) { done(null); }
                        else { setTimeout(look, 20); }
                    })();""", menuId, label, WAIT.toMillis());
            if (!(option instanceof WebElement item)) {
                break;
            }
            try {
                item.click();
            } catch (org.openqa.selenium.ElementClickInterceptedException covered) {
                continue;
            }
            if (Boolean.TRUE.equals(((JavascriptExecutor) driver).executeAsyncScript("""
                    const [menuId, label] = arguments;
                    const done = arguments[arguments.length - 1];
                    const until = Date.now() + 3000;
                    (function check() {
                        const shown = document.getElementById(menuId + '_label');
                        if (shown && shown.textContent.trim() === label) { done(true); }
                        else if (Date.now() > until) { done(false); }
                        else { setTimeout(check, 20); }
                    })();""", menuId, label))) {
                waitForAjax();
                return;
            }
            // the click landed while the panel moved; try again
        }
        throw new AssertionError("Could not choose '" + label + "' in " + menuId);
    }

    /**
     * Chooses the option of a select menu whose text starts as given (the full text holds more: a step, a revision).
     * The options are read as the page holds them, whether or not the panel has finished fading in (until then
     * Selenium reads a hidden option's text as empty).
     */
    public void chooseStartingWith(String menuId, String start) {
        By options = By.cssSelector("[id='" + menuId + "_panel'] li");
        byId(menuId).click();
        waitUntil(d -> !d.findElements(options).isEmpty());
        List<String> labels = all(options).stream()
                .map(li -> li.getAttribute("textContent").replaceAll("\\s+", " ").strip()).toList();
        choose(menuId, labels.stream().filter(text -> text.startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no option starting '" + start + "' among " + labels)));
    }

    /** Clicks the label with this text (a radio button or checkbox choice), as a person taps the words. */
    public void clickLabel(String text) {
        waitUpTo(WAIT).until(ExpectedConditions.elementToBeClickable(
                By.xpath("//label[normalize-space(.)=" + xpathLiteral(text) + "]"))).click();
        waitForAjax();
    }

    private static String xpathLiteral(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }

    /** Clicks a button that posts the whole page and waits until the next page has loaded. */
    public void clickAndWaitForPage(String id) {
        WebElement button = byId(id);
        button.click();
        waitUpTo(WAIT).until(d -> isGone(button));
        waitForAjax();
    }

    /**
     * Whether an element left the page. Chromium sometimes answers "node does not belong to the document"
     * instead of a stale-element error for the same situation.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException gone) {
            return true;
        } catch (org.openqa.selenium.WebDriverException maybeGone) {
            if (String.valueOf(maybeGone.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw maybeGone;
        }
    }

    /**
     * Clicks the link with this text once it is there, and waits for the page it leads to. A table redrawn by a search
     * typed letter by letter can replace the link between finding and clicking it: then it is found again. (Waiting
     * only for a quiet page could find the old page still there, under load: ReviewIT once looked for the couple page's
     * links on the caseload.)
     */
    public void clickLink(String text) {
        for (int attempt = 1; ; attempt++) {
            try {
                WebElement link = waitUpTo(WAIT).until(ExpectedConditions.elementToBeClickable(By.linkText(text)));
                link.click();
                waitUpTo(WAIT).until(d -> isGone(link));
                waitForAjax();
                return;
            } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
                if (attempt == 5) {
                    throw redrawn;
                }
            }
        }
    }

    /** Clicks an AJAX button and waits for PrimeFaces to finish the update. */
    public void clickAjax(String id) {
        byId(id).click();
        waitForAjax();
    }

    /**
     * Waits until the page has loaded and no PrimeFaces or jQuery request is open. The page checks this itself and
     * answers once: a WebDriver round trip costs Chromium and ChromeDriver about 8 ms of CPU, and asking every 50 ms
     * from here cost more than the pages did. A page that is replaced while it waits (a redirect) is asked again.
     */
    public void waitForAjax() {
        for (int attempt = 1; ; attempt++) {
            try {
                Object quiet = driver.executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        const until = Date.now() + arguments[0];
                        const quiet = () => document.readyState === 'complete'
                            && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty())
                            && (!window.jQuery || jQuery.active === 0);
                        // quiet twice, a task apart: handlers already queued (jQuery's ready ones) run in between
                        (function check() {
                            if (quiet()) { setTimeout(() => quiet() ? done(true) : check(), 0); }
                            else if (Date.now() > until) { done(false); }
                            else { setTimeout(check, 10); }
                        })();""", WAIT.toMillis());
                if (!Boolean.TRUE.equals(quiet)) {
                    throw new org.openqa.selenium.TimeoutException("The page still had a request open after " + WAIT);
                }
                return;
            } catch (org.openqa.selenium.JavascriptException | org.openqa.selenium.NoSuchWindowException replaced) {
                if (attempt == 5) {
                    throw replaced;
                }
            }
        }
    }

    public void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
        waitUpTo(WAIT).until(condition);
    }

    /** What a non-AJAX button's form submission answered: for files the browser would otherwise save. */
    public record Download(int status, String contentType, String disposition, byte[] body) {
    }

    /**
     * Submits a form as pressing one of its buttons would, from inside the page (so with the browser's own session
     * and the form's view state), and returns the response instead of letting the browser save it.
     */
    public Download submitForDownload(String formId, String buttonId) {
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> answer = (java.util.Map<String, Object>) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        const form = document.getElementById(arguments[0]);
                        const button = arguments[1];
                        const until = Date.now() + arguments[2];
                        (function send() {
                          // as a person's click can: only once PrimeFaces has given the form its CSP nonce, which
                          // it adds as the page finishes loading (a slow machine let the post go out before)
                          const nonce = form.elements['primefaces.nonce'];
                          if ((!nonce || !nonce.value) && Date.now() < until) { setTimeout(send, 10); return; }
                          const data = new FormData(form);
                          data.append(button, '');
                          fetch(form.action, {method: 'POST', body: new URLSearchParams(data), credentials: 'same-origin'})
                            .then(r => r.arrayBuffer().then(b => {
                              const bytes = new Uint8Array(b);
                              let text = '';
                              for (let i = 0; i < bytes.length; i++) { text += String.fromCharCode(bytes[i]); }
                              done({status: r.status, type: r.headers.get('Content-Type') || '',
                                    disposition: r.headers.get('Content-Disposition') || '', body: btoa(text)});
                            }))
                            .catch(e => done({status: -1, type: '', disposition: String(e), body: ''}));
                        })();
                        """, formId, buttonId, WAIT.toMillis());
        return new Download(((Number) answer.get("status")).intValue(), (String) answer.get("type"),
                (String) answer.get("disposition"), java.util.Base64.getDecoder().decode((String) answer.get("body")));
    }

    /**
     * The text of the page as shown (hidden elements left out), in the shape WebDriver's getText gives it (lines trimmed,
     * no empty lines, a space between table cells, no-break spaces as spaces), but read by the page itself: that costs
     * Chromium a tenth of what getText's visibility walk costs (5 ms instead of 55 on a caseload page).
     */
    public String pageText() {
        Object text = ((JavascriptExecutor) driver).executeScript("return document.body.innerText;");
        return String.valueOf(text).replace('\u00a0', ' ').replace('\t', ' ').lines()
                .map(String::strip).filter(line -> !line.isEmpty())
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    /** The address the browser is at, without scheme and host: to open the same page again or in another browser. */
    public String currentPathAndQuery() {
        java.net.URI uri = java.net.URI.create(driver.getCurrentUrl());
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    public String currentPath() {
        return URI_PATH.apply(driver.getCurrentUrl());
    }

    private static final java.util.function.Function<String, String> URI_PATH = url -> java.net.URI.create(url).getPath();

    /** CPU that this browser's ChromeDriver and Chromium processes have used so far, in seconds. */
    private double cpuSeconds() {
        return cpuAtClose != null ? cpuAtClose : cpu.seconds();
    }

    /** CPU that this browser's ChromeDriver and Chromium processes used for the current test, even if it was quit. */
    double cpuSinceLease() {
        return cpuSeconds() - cpuAtLease;
    }

    @Override
    public void close() {
        if (cpuAtClose == null) {
            cpuAtClose = cpu.seconds();
        }
        driver.quit();
    }
}
