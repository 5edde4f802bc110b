package org.rebuildtrust.passwordreset;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * "Forgot your password?" as the person asking meets it: the same answer in the same time whether or not the login
 * exists. The request thread does the same thing for every login name, known or not: it hands the whole request to
 * another thread and returns. Looking the login up, storing the link, the email over SMTP and the audit entry, the
 * work that differs between a known login and an unknown one, happen there, and nobody waits for them; a mail problem
 * is logged, never shown (showing it would tell that the login exists).
 */
@ApplicationScoped
public class PasswordResetRequests {

    private static final Logger LOG = Logger.getLogger(PasswordResetRequests.class.getName());

    @Inject
    PasswordResetService resets;

    @Resource
    ManagedExecutorService managedExecutor;

    private Executor executor;

    protected PasswordResetRequests() {
        // for CDI
    }

    /** Wired by hand (tests): {@code executor} runs the handed-over work. */
    public PasswordResetRequests(PasswordResetService resets, Executor executor) {
        this.resets = resets;
        this.executor = executor;
    }

    /**
     * Hands the request over and returns at once; {@code askedFrom} is the client address, for the audit trail, and
     * {@code pageLanguage} the language of the page it was asked on.
     */
    public void ask(String loginName, String portalAddress, String askedFrom, Locale pageLanguage) {
        Executor runner = executor != null ? executor : managedExecutor;
        runner.execute(() -> {
            try {
                resets.request(loginName, portalAddress, askedFrom, pageLanguage);
            } catch (RuntimeException failure) {
                LOG.log(Level.WARNING, "A password reset link could not be sent", failure);
            }
        });
    }
}
