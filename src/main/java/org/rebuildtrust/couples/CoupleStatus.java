package org.rebuildtrust.couples;

/** Where a couple is in their care. Only a closed couple has a closing date. */
public enum CoupleStatus {
    INTAKE,
    ACTIVE,
    PAUSED,
    CLOSED
}
