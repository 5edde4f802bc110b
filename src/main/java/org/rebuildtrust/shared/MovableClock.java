package org.rebuildtrust.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock moved by hand: the demo replays past weeks through the services with it, and tests see waits and time-outs
 * expire without sleeping.
 */
public final class MovableClock extends Clock {

    private final ZoneId zone;
    private Instant now;

    public MovableClock(Instant start) {
        this(start, ZoneOffset.UTC);
    }

    public MovableClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    public void advance(Duration by) {
        now = now.plus(by);
    }

    public void setTo(Instant instant) {
        now = instant;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
