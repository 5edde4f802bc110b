package org.rebuildtrust.homework;

/** Where one answer stands. Overdue and cancelled are read from the assignment, not stored here. */
public enum AnswerStatus {
    ASSIGNED,
    IN_PROGRESS,
    SUBMITTED,
    REVIEWED;

    /** Submitted or reviewed: the author can no longer change it until the therapist reopens it. */
    public boolean isDone() {
        return this == SUBMITTED || this == REVIEWED;
    }
}
