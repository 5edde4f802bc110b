package org.rebuildtrust.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/** Applies the configured idle timeout ({@link SessionTimes#idle()}, 30 minutes unless configured) to every new session, and forgets ended ones. */
@WebListener
public class SessionTimeoutListener implements HttpSessionListener {

    @Inject
    SessionTimes times;

    @Inject
    SignedInSessions signedIn;

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval((int) times.idle().toSeconds());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        signedIn.forget(event.getSession());
    }
}
