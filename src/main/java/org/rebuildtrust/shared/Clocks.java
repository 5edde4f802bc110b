package org.rebuildtrust.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;

/** The one clock services ask for "today"; tests construct services with a fixed one instead. */
@ApplicationScoped
public class Clocks {

    @Produces
    public Clock systemClock() {
        return Clock.systemDefaultZone();
    }
}
