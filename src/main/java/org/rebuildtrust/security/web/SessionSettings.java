package org.rebuildtrust.security.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.rebuildtrust.security.SessionTimes;

/** What the page needs to know of the session's idle timeout, for the warning before it ends. */
@Named
@ApplicationScoped
public class SessionSettings {

    @Inject
    SessionTimes times;

    public long getIdleSeconds() {
        return times.idle().toSeconds();
    }

    /** "Stay signed in": the request itself is what keeps the session alive; nothing else to do. */
    public void keepAlive() {
        // the AJAX request has reset the server's idle timer
    }
}
