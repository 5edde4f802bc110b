package org.rebuildtrust.accountability;

/** The therapist's judgement of how a step is being lived. */
public enum Assessment {
    NOT_STARTED,
    BEGINNING,
    DEVELOPING,
    CONSISTENT
}
