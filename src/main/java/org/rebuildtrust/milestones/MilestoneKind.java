package org.rebuildtrust.milestones;

/** The kinds of moment worth celebrating that partners log. */
public enum MilestoneKind {
    VULNERABILITY,
    SHARED_LAUGHTER,
    DATE_NIGHT,
    HARD_CONVERSATION,
    OTHER
}
