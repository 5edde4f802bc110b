package org.rebuildtrust.browser;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One person's browser as a bare HTTP client with its own cookies, for tests that send requests a browser would not
 * (forged, replayed, another person's) or many of them quickly: pages, form POSTs, and PrimeFaces AJAX POSTs with the
 * page's view state and CSP nonce as the page's scripts would send them.
 */
public final class HttpCaller {

    public static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** PrimeFaces' CSP nonce of the view, which its scripts add to every POST. */
    public static final Pattern NONCE = Pattern.compile("csp\\.init\\('([^']+)'\\)");

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5)).build();
    private final PayaraServer server;

    public HttpCaller(PayaraServer server) {
        this.server = server;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(server.url(path))).timeout(TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A GET with extra headers (name, value, name, value...), as a proxy in front would add them. */
    public HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url(path))).timeout(TIMEOUT).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** This caller's session id, from its session cookie (null before it has one). */
    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    public HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(server.url(path))).timeout(TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A form POST; with ajax, marked as PrimeFaces marks its AJAX requests; with extra headers (name, value, ...). */
    public HttpResponse<String> post(String path, Map<String, String> form, boolean ajax, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url(path))).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        if (ajax) {
            request.header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest");
        }
        return http.send(request.POST(HttpRequest.BodyPublishers.ofString(encode(form))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The sign-in form, filled and sent; fails the test when the sign-in page answers again. */
    public HttpCaller signIn(String login, String password) throws IOException, InterruptedException {
        HttpResponse<String> signedIn = sendSignIn(login, password);
        assertFalse(signedIn.uri().getPath().endsWith("/login.xhtml"), "signed in as " + login);
        return this;
    }

    /**
     * The sign-in form, filled and sent as the browser sends it; the answer after any redirect. Extra headers (name,
     * value, ...) go with both requests, as a proxy in front would add them (X-Forwarded-For, say).
     */
    public HttpResponse<String> sendSignIn(String login, String password, String... headers)
            throws IOException, InterruptedException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("loginForm", "loginForm");
        form.put("loginForm:loginName", login);
        form.put("loginForm:password", password);
        form.put("loginForm:signIn", "");
        String page = get("/login.xhtml", headers).body();
        form.put("jakarta.faces.ViewState", viewState(page));
        form.put("primefaces.nonce", nonce(page)); // as the page's script adds it to every form
        return post("/login.xhtml", form, false, headers);
    }

    /**
     * The id of the couple on this therapist's caseload whose name starts so, found with the caseload's search as the
     * therapist would: couples that other test classes add to the demo caseload can push a demo couple off the first
     * page of the plain list. Fails the test when there is none.
     */
    public String coupleIdOnCaseload(String nameStart) throws IOException, InterruptedException {
        String caseload = get("/therapist/caseload.xhtml").body();
        Map<String, String> search = formFields(caseload, "caseloadForm");
        search.putAll(ajaxRequest(caseload, "caseloadForm:searchButton", null,
                "caseloadForm:searchButton caseloadForm:search caseloadForm:statusFilter", "caseloadForm:couples"));
        search.put("caseloadForm:search", nameStart);
        String found = post("/therapist/caseload.xhtml", search, true).body();
        Matcher couple = Pattern.compile("couple\\.xhtml\\?id=(\\d+)\"[^>]*>" + Pattern.quote(nameStart)).matcher(found);
        assertTrue(couple.find(), nameStart + " is on the caseload");
        return couple.group(1);
    }

    /**
     * Sends a form of a page as its button's AJAX request does, with the given fields changed from what the page holds
     * (the form processed and redrawn), and returns the answer's body.
     */
    public String submitAjax(String path, String formId, String button, Map<String, String> changed)
            throws IOException, InterruptedException {
        String page = get(path).body();
        Map<String, String> fields = formFields(page, formId);
        fields.putAll(changed);
        fields.putAll(ajaxRequest(page, button, null, formId, formId));
        return post(path, fields, true).body();
    }

    /** The server this caller talks to. */
    public PayaraServer server() {
        return server;
    }

    /** A caller in an existing session (a browser's, say), to do by HTTP what a test needs done but does not test. */
    public static HttpCaller inSession(PayaraServer server, String sessionId) {
        HttpCaller caller = new HttpCaller(server);
        java.net.HttpCookie cookie = new java.net.HttpCookie("JSESSIONID", sessionId);
        cookie.setPath("/");
        cookie.setVersion(0);
        caller.cookies.getCookieStore().add(URI.create(server.url("/")), cookie);
        return caller;
    }

    /**
     * The request PrimeFaces sends for a control (a button, or an input's AJAX behaviour on an event), processing and
     * rendering what is given, with the view state and nonce found in the page (if any).
     */
    public static Map<String, String> ajaxRequest(String page, String control, String event, String execute, String render) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", control);
        form.put("jakarta.faces.partial.execute", execute);
        form.put("jakarta.faces.partial.render", render);
        if (event == null) {
            form.put(control, control);
        } else {
            form.put("jakarta.faces.behavior.event", event);
            form.put("jakarta.faces.partial.event", event);
        }
        form.put(control.substring(0, control.indexOf(':')), control.substring(0, control.indexOf(':')));
        addViewStateAndNonce(page, form);
        return form;
    }

    /** Adds the page's view state and CSP nonce (when it has them) to a form, as the page's scripts would. */
    public static void addViewStateAndNonce(String page, Map<String, String> form) {
        Matcher viewState = VIEW_STATE.matcher(page);
        if (viewState.find()) {
            form.put("jakarta.faces.ViewState", viewState.group(1));
        }
        Matcher nonce = NONCE.matcher(page);
        if (nonce.find()) {
            form.put("primefaces.nonce", nonce.group(1));
        }
    }

    /**
     * The named fields of one form of a page with the values the page shows (checked boxes and chosen options only),
     * as a browser would send the form untouched.
     */
    public static Map<String, String> formFields(String page, String formId) {
        Matcher formHtml = Pattern.compile("<form id=\"" + Pattern.quote(formId) + "\".*?</form>", Pattern.DOTALL).matcher(page);
        assertTrue(formHtml.find(), "the page has form " + formId);
        String html = formHtml.group();
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = Pattern.compile("<input([^>]*)>").matcher(html);
        while (input.find()) {
            String attributes = input.group(1);
            String name = attribute(attributes, "name");
            String type = attribute(attributes, "type");
            boolean unchecked = ("checkbox".equals(type) || "radio".equals(type)) && !attributes.contains("checked");
            if (name != null && !"submit".equals(type) && !"button".equals(type) && !unchecked) {
                fields.put(name, java.util.Objects.requireNonNullElse(attribute(attributes, "value"), ""));
            }
        }
        Matcher textArea = Pattern.compile("<textarea([^>]*)>(.*?)</textarea>", Pattern.DOTALL).matcher(html);
        while (textArea.find()) {
            String name = attribute(textArea.group(1), "name");
            if (name != null) {
                fields.put(name, unescape(textArea.group(2)));
            }
        }
        Matcher select = Pattern.compile("<select([^>]*)>(.*?)</select>", Pattern.DOTALL).matcher(html);
        while (select.find()) {
            Matcher chosen = Pattern.compile("<option[^>]*value=\"([^\"]*)\"[^>]*selected").matcher(select.group(2));
            String name = attribute(select.group(1), "name");
            if (name != null && chosen.find()) {
                fields.put(name, unescape(chosen.group(1)));
            }
        }
        return fields;
    }

    private static String attribute(String attributes, String name) {
        Matcher value = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(attributes);
        return value.find() ? unescape(value.group(1)) : null;
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    public static String viewState(String page) {
        return first(VIEW_STATE, page);
    }

    public static String nonce(String page) {
        return first(NONCE, page);
    }

    public static String first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertTrue(matcher.find(), "expected " + pattern.pattern());
        return matcher.group(1);
    }

    /** A metric's value in the Prometheus text of /metrics (its first line, whatever its tags); fails when it is not there. */
    public static double metric(String prometheusText, String name) {
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(name) + "\\{[^}]*} ([0-9.]+)").matcher(prometheusText);
        assertTrue(line.find(), name + " in " + prometheusText);
        return Double.parseDouble(line.group(1));
    }

    /** A form as a browser sends it (application/x-www-form-urlencoded, UTF-8). */
    static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
