package org.rebuildtrust.deploy;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shipped nginx configuration (deploy/nginx/rebuild.conf), read as an operator installs it: unknown hosts get
 * nothing, and the access log never holds a query string (reset and invitation tokens travel in it). Issue 12,
 * items 2 and 10.
 */
class NginxConfigTest {

    private static final Path CONFIG = Path.of("deploy", "nginx", "rebuild.conf");
    /** Variables that carry the query string, or a whole earlier address that may hold one. */
    private static final List<String> QUERY_VARIABLES = List.of("$request", "$request_uri", "$args", "$query_string",
            "$arg_", "$http_referer", "$is_args");

    private static String config() throws IOException {
        // without comments: "# ... $request_uri ..." in an explanation is not a directive
        return Files.readString(CONFIG).replaceAll("(?m)#.*$", "");
    }

    private static List<String> serverBlocks(String config) {
        List<String> blocks = new ArrayList<>();
        Matcher start = Pattern.compile("(?m)^\\s*server\\s*\\{").matcher(config);
        while (start.find()) {
            int depth = 0;
            for (int i = start.end() - 1; i < config.length(); i++) {
                char c = config.charAt(i);
                if (c == '{') {
                    depth++;
                } else if (c == '}' && --depth == 0) {
                    blocks.add(config.substring(start.start(), i + 1));
                    break;
                }
            }
        }
        return blocks;
    }

    @Test
    void theAccessLogFormatHasNoQueryStringAndEveryServerUsesIt() throws IOException {
        String config = config();
        Matcher format = Pattern.compile("log_format\\s+(\\S+)\\s+([^;]*);").matcher(config);
        assertTrue(format.find(), "a log_format of our own is defined");
        String name = format.group(1);
        String fields = format.group(2);
        for (String variable : QUERY_VARIABLES) {
            Matcher used = Pattern.compile(Pattern.quote(variable) + "(?![a-z_])").matcher(fields);
            if (variable.endsWith("_")) {
                used = Pattern.compile(Pattern.quote(variable)).matcher(fields);
            }
            assertFalse(used.find(), "the log format must not use " + variable + ": " + fields);
        }
        assertTrue(fields.contains("$uri"), "the path is logged, without its query: " + fields);
        assertFalse(format.find(), "one log format");

        List<String> servers = serverBlocks(config);
        assertEquals(3, servers.size(), "the closing default server, the HTTP redirect and the HTTPS server");
        for (String server : servers) {
            Matcher accessLog = Pattern.compile("access_log\\s+(\\S+)\\s+(\\S+?)\\s*;").matcher(server);
            assertTrue(accessLog.find(), "every server names its access log and format (nginx's default, combined,"
                    + " logs $request with its query string): " + server);
            assertEquals(name, accessLog.group(2), server);
        }
    }

    @Test
    void requestsForAnyOtherHostAreClosedUnanswered() throws IOException {
        List<String> servers = serverBlocks(config());
        List<String> defaults = servers.stream().filter(s -> s.contains("default_server")).toList();
        assertEquals(1, defaults.size(), "one default server, for every name but ours");
        String closing = defaults.get(0);
        for (String listen : List.of("listen 80 default_server;", "listen [::]:80 default_server;",
                "listen 443 ssl default_server;", "listen [::]:443 ssl default_server;")) {
            assertTrue(closing.contains(listen), "the default server has " + listen);
        }
        assertTrue(closing.contains("return 444;"), "it closes the connection without an answer");
        assertTrue(closing.contains("ssl_reject_handshake on;"), "on 443 it refuses the TLS handshake");
        assertFalse(closing.contains("proxy_pass"), "nothing reaches the application");

        for (String server : servers) {
            if (server.contains("proxy_pass") || server.contains("return 301")) {
                Matcher name = Pattern.compile("server_name\\s+([^;]+);").matcher(server);
                assertTrue(name.find(), server);
                assertFalse(name.group(1).contains("_") || name.group(1).contains("*") || name.group(1).contains("~"),
                        "a server that answers names exactly one host: " + name.group(1));
                assertFalse(server.contains("default_server"), server);
            }
        }
    }

    @Test
    void metricsAndHealthAreNotServedToTheInternetAndHstsIsSentOnce() throws IOException {
        String config = config();
        for (String path : List.of("/metrics", "/health")) {
            Matcher refused = Pattern.compile("location \\^~ " + Pattern.quote(path) + " \\{\\s*return 404;\\s*}").matcher(config);
            assertTrue(refused.find(), path + " is answered 404 from outside");
        }
        Matcher hsts = Pattern.compile("add_header Strict-Transport-Security").matcher(config);
        int added = 0;
        while (hsts.find()) {
            added++;
        }
        assertEquals(1, added, "nginx adds HSTS once");
        assertTrue(config.contains("proxy_hide_header Strict-Transport-Security;"),
                "and drops the application's copy, so a browser gets one header, not two");
    }

    /** Issue 15: sign-in POSTs are rate limited per client address in nginx; nothing else is. */
    @Test
    void signInPostsAndNothingElseAreRateLimitedPerClientAddress() throws IOException {
        String config = config();
        Matcher key = Pattern.compile("map \"\\$request_method:\\$uri\" \\$(\\w+) \\{\\s*\"POST:/login\\.xhtml\""
                + "\\s+\\$binary_remote_addr;\\s*default\\s+\"\";\\s*}").matcher(config);
        assertTrue(key.find(), "the key is the client address for a sign-in POST and empty (not counted) otherwise");
        Matcher zone = Pattern.compile("limit_req_zone \\$" + key.group(1) + " zone=(\\w+):\\d+m rate=(\\d+)r/m;").matcher(config);
        assertTrue(zone.find(), "a zone keyed by it");
        assertTrue(Integer.parseInt(zone.group(2)) <= 10, "at most 10 sign-in tries a minute on average");
        String https = serverBlocks(config).stream().filter(server -> server.contains("proxy_pass")).findFirst().orElseThrow();
        assertTrue(https.contains("limit_req zone=" + zone.group(1) + " burst=5 nodelay;"), "applied where requests are proxied");
        assertTrue(https.contains("limit_req_status 429;"), "answered 429 Too Many Requests, not 503");
    }

    @Test
    void theHttpsServerCompressesNothing() throws IOException {
        String https = serverBlocks(config()).stream().filter(server -> server.contains("proxy_pass")).findFirst().orElseThrow();
        assertTrue(https.contains("gzip off;"), "pages with a view state and clinical text are never compressed (BREACH)");
        assertFalse(Pattern.compile("gzip\\s+on").matcher(config()).find(), "no gzip on anywhere");
    }

    /**
     * Issue 15: with several instances, a browser stays on one by a cookie nginx itself sets, which signing in does not
     * change; hashing the session id (changed at sign-in) sent people to the other instance, signed out.
     */
    @Test
    void eachBrowserStaysWithOneInstanceByARouteCookieThatSigningInDoesNotChange() throws IOException {
        String config = config();
        Matcher upstream = Pattern.compile("upstream (\\w+) \\{([^}]*)}").matcher(config);
        assertTrue(upstream.find(), "the instances are an upstream");
        assertTrue(upstream.group(2).contains("hash $rebuild_route consistent;"), upstream.group(2));
        assertFalse(config.contains("JSESSIONID"), "the session id, which signing in changes, is not the key");
        assertTrue(Pattern.compile("map \\$cookie_rebuild_route \\$rebuild_route \\{\\s*\"\"\\s+\\$request_id;"
                + "\\s*default\\s+\\$cookie_rebuild_route;\\s*}").matcher(config).find(),
                "the browser's own route, or a new random one on its first request");
        Matcher cookie = Pattern.compile("map \\$cookie_rebuild_route \\$(\\w+) \\{\\s*\"\"\\s+\"rebuild_route=\\$request_id;"
                + "([^\"]*)\";\\s*default\\s+\"\";\\s*}").matcher(config);
        assertTrue(cookie.find(), "the same random value is set as the cookie, only when the browser has none");
        assertTrue(cookie.group(2).contains("Secure") && cookie.group(2).contains("HttpOnly"), cookie.group(2));
        String https = serverBlocks(config).stream().filter(server -> server.contains("proxy_pass")).findFirst().orElseThrow();
        assertTrue(https.contains("proxy_pass http://" + upstream.group(1) + ";"), "requests go to the upstream");
        String location = https.substring(https.indexOf("location / {"));
        assertTrue(https.contains("add_header Set-Cookie $" + cookie.group(1) + " always;")
                && !location.contains("add_header"), "set beside HSTS, at the server (an add_header in the location"
                + " would stop HSTS being inherited)");
    }
}
