package org.rebuildtrust.appointments;

/** How often a recurring series repeats. */
public enum Cadence {
    WEEKLY(1),
    FORTNIGHTLY(2);

    private final int weeks;

    Cadence(int weeks) {
        this.weeks = weeks;
    }

    public int weeks() {
        return weeks;
    }
}
