package org.rebuildtrust.browser;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Links in emails never come from the request (issue 12, item 2): a password reset asked for with
 * {@code Host: evil.example} (and {@code X-Forwarded-Host}) still emails a link to the server's own address. The demo
 * server has no REBUILD_BASE_URL, the case the assessment found open; a real installation does not start without one
 * ({@code PortalAddressTest}). The requests go over a bare socket (HTTP/1.0, so the answer is not chunked): Java's
 * HTTP clients will not send another Host.
 */
class LinkAddressIT extends BrowserTestSupport {

    private static final Pattern SESSION_COOKIE = Pattern.compile("(?im)^Set-Cookie:\\s*(JSESSIONID=[^;\\s]+)");

    @Test
    void aResetAskedForUnderAnotherHostNameStillLinksToThisServer() throws IOException {
        String login = newTherapist(signedIn("admin", DEMO_PASSWORD), "a password for the link test");
        int emailsBefore = resetEmails().size();

        String page = send("GET /forgot.xhtml HTTP/1.0\r\n", "", null);
        String cookie = HttpCaller.first(SESSION_COOKIE, page);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", "forgotForm:sendLink");
        form.put("jakarta.faces.partial.execute", "@all");
        form.put("jakarta.faces.partial.render", "forgotForm");
        form.put("forgotForm:sendLink", "forgotForm:sendLink");
        form.put("forgotForm", "forgotForm");
        form.put("forgotForm:loginName", login);
        form.put("jakarta.faces.ViewState", HttpCaller.viewState(page));
        form.put("primefaces.nonce", HttpCaller.nonce(page));
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String answer = send("POST /forgot.xhtml HTTP/1.0\r\n",
                "Content-Type: application/x-www-form-urlencoded\r\nFaces-Request: partial/ajax\r\n"
                        + "X-Requested-With: XMLHttpRequest\r\nCookie: " + cookie + "\r\n", body);
        assertTrue(answer.contains("If we know this login name"), answer);

        List<String> emails = resetEmails();
        for (int i = 0; i < 100 && emails.size() == emailsBefore; i++) {
            sleep(); // the email is written off the request thread, after the answer
            emails = resetEmails();
        }
        assertEquals(emailsBefore + 1, emails.size(), "the reset email was written");
        String email = emails.get(emails.size() - 1);
        assertFalse(email.contains("evil.example"), email);
        String link = server.lastEmailedLink("reset.xhtml");
        URI own = URI.create(server.url("/"));
        assertTrue(link.startsWith("http://localhost:" + own.getPort() + "/reset.xhtml?token="),
                "the demo's own address and port: " + link);
    }

    /** The password-reset emails in the outbox (reminders, written every minute by the server, are others). */
    private List<String> resetEmails() throws IOException {
        return server.emails().stream().filter(email -> email.contains("/reset.xhtml?token=")).toList();
    }

    /** One request on its own connection, with Host and X-Forwarded-Host naming somebody else's site. */
    private String send(String requestLine, String headers, String body) throws IOException {
        URI address = URI.create(server.url("/"));
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket(address.getHost(), address.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write((requestLine + "Host: evil.example\r\nX-Forwarded-Host: evil.example\r\nConnection: close\r\n"
                    + headers + (body == null ? "" : "Content-Length: " + content.length + "\r\n") + "\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher status = Pattern.compile("^HTTP/1\\.[01] (\\d{3})").matcher(response);
            assertTrue(status.find() && status.group(1).equals("200"), response.lines().findFirst().orElse(""));
            return response;
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
