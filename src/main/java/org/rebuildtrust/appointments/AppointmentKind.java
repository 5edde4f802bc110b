package org.rebuildtrust.appointments;

/** Whom an appointment is with: the couple together, or one partner alone. */
public enum AppointmentKind {
    JOINT,
    INDIVIDUAL
}
