package org.rebuildtrust.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Applies the configured idle timeout (rebuild.session.idle-minutes, default 30) to every new session, and forgets ended ones. */
@WebListener
public class SessionTimeoutListener implements HttpSessionListener {

    @Inject
    @ConfigProperty(name = "rebuild.session.idle-minutes", defaultValue = "30")
    int idleMinutes;

    @Inject
    SignedInSessions signedIn;

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval(idleMinutes * 60);
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        signedIn.forget(event.getSession());
    }
}
