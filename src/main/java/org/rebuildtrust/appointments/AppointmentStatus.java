package org.rebuildtrust.appointments;

/** Where an appointment stands. Only a scheduled one can still be moved, cancelled or marked as it went. */
public enum AppointmentStatus {
    SCHEDULED,
    HELD,
    CANCELLED,
    LATE_CANCELLED,
    NO_SHOW;

    public boolean isScheduled() {
        return this == SCHEDULED;
    }

    /** Whether the appointment still takes (or took) the therapist's time: cancelled ones never overlap anything. */
    public boolean takesTime() {
        return this == SCHEDULED || this == HELD;
    }
}
