package org.rebuildtrust.security.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** What the page needs to know of the session's idle timeout, for the warning before it ends. */
@Named
@ApplicationScoped
public class SessionSettings {

    @Inject
    @ConfigProperty(name = "rebuild.session.idle-minutes", defaultValue = "30")
    int idleMinutes;

    public int getIdleSeconds() {
        return idleMinutes * 60;
    }

    /** "Stay signed in": the request itself is what keeps the session alive; nothing else to do. */
    public void keepAlive() {
        // the AJAX request has reset the server's idle timer
    }
}
