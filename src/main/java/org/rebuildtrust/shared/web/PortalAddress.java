package org.rebuildtrust.shared.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Where people reach the application, for the links in invitation and password-reset emails: REBUILD_BASE_URL
 * ({@code rebuild.base-url}) and nothing else. Never the request's Host header, which whoever sends the request
 * chooses: a request with {@code Host: evil.example} would have a link to evil.example emailed to someone else.
 * <p>
 * A real installation does not start without it (the deployment fails at start-up with the reason in the log). The
 * demo ({@code rebuild.demo=true}, the README's run command) may go without: its links then go to
 * {@code http://localhost:<the port that took the request>}, a port no request can choose.
 */
@ApplicationScoped
public class PortalAddress {

    private static final Logger LOG = Logger.getLogger(PortalAddress.class.getName());

    @Inject
    @ConfigProperty(name = "rebuild.base-url")
    Optional<String> baseUrl;

    @Inject
    @ConfigProperty(name = "rebuild.demo", defaultValue = "false")
    boolean demoMode;

    @Inject
    @ConfigProperty(name = "rebuild.demo.port", defaultValue = "8080")
    int demoPort;

    /** The configured address, or empty in the demo without one. */
    private Optional<String> configured;

    @PostConstruct
    void readConfiguration() {
        configured = configured(baseUrl.orElse(null), demoMode);
    }

    /** Read as the application starts, so a missing or malformed address stops it then, not at the first email. */
    void checkAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        LOG.info(() -> "Links in emails go to " + configured.orElse("http://localhost:<port> (demo)"));
    }

    public String current() {
        if (configured.isPresent()) {
            return configured.get();
        }
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return demoAddress(request.getLocalPort(), request.getContextPath());
    }

    /**
     * The address for links in emails sent by a job, outside any request: the configured one, or in the demo this
     * machine on the port the run command serves ({@code rebuild.demo.port}, 8080 by default).
     */
    public String forJobs() {
        return configured.orElseGet(() -> demoAddress(demoPort, ""));
    }

    /**
     * The configured base URL without trailing slashes; empty only in the demo when none is set. Anything else that is
     * not an absolute http(s) address with a host, and without user, query or fragment, is refused.
     */
    public static Optional<String> configured(String baseUrl, boolean demo) {
        if (baseUrl == null || baseUrl.isBlank()) {
            if (demo) {
                return Optional.empty();
            }
            throw new IllegalStateException("REBUILD_BASE_URL (rebuild.base-url) is not set. Set it to the address people"
                    + " use to reach Rebuild, e.g. https://rebuild.example.org: the links in invitation and password-reset"
                    + " emails are built from it alone.");
        }
        String address = baseUrl.strip().replaceAll("/+$", "");
        try {
            URI uri = new URI(address);
            if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getRawUserInfo() == null && uri.getRawQuery() == null && uri.getRawFragment() == null) {
                return Optional.of(address);
            }
        } catch (URISyntaxException malformed) {
            // refused below, with the value the operator gave
        }
        throw new IllegalStateException("REBUILD_BASE_URL (rebuild.base-url) must be an http or https address with a"
                + " host and no query, e.g. https://rebuild.example.org; it is '" + baseUrl + "'.");
    }

    /** The demo's address: this machine, on the port the server listens on (not the one a Host header names). */
    static String demoAddress(int localPort, String contextPath) {
        return "http://localhost:" + localPort + (contextPath == null ? "" : contextPath);
    }
}
