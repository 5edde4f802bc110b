package org.rebuildtrust.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Optional;

/**
 * How long a signed-in session may be idle (rebuild.session.idle-minutes, default 30) and how long it may last however
 * active (rebuild.session.max-minutes, default 720 = 12 hours). The optional ...-seconds keys override the minutes:
 * production never sets them; they let the live timeout tests wait seconds instead of minutes.
 */
@ApplicationScoped
public class SessionTimes {

    @Inject
    @ConfigProperty(name = "rebuild.session.idle-minutes", defaultValue = "30")
    int idleMinutes;

    @Inject
    @ConfigProperty(name = "rebuild.session.idle-seconds")
    Optional<Integer> idleSeconds;

    @Inject
    @ConfigProperty(name = "rebuild.session.max-minutes", defaultValue = "720")
    int maxMinutes;

    @Inject
    @ConfigProperty(name = "rebuild.session.max-seconds")
    Optional<Integer> maxSeconds;

    protected SessionTimes() {
        // for CDI
    }

    /** Fixed times, for unit tests of the rules that use them. */
    public static SessionTimes of(Duration idle, Duration lifetime) {
        SessionTimes times = new SessionTimes();
        times.idleSeconds = Optional.of((int) idle.toSeconds());
        times.maxSeconds = Optional.of((int) lifetime.toSeconds());
        return times;
    }

    public Duration idle() {
        return Duration.ofSeconds(idleSeconds.orElse(idleMinutes * 60));
    }

    public Duration lifetime() {
        return Duration.ofSeconds(maxSeconds.orElse(maxMinutes * 60));
    }
}
