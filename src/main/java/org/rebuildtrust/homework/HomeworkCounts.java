package org.rebuildtrust.homework;

import java.io.Serializable;

/** Per couple: overdue answers and answers waiting for review, for each partner and for joint homework. */
public final class HomeworkCounts implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final HomeworkCounts NONE = new HomeworkCounts();

    private final long[] overdue = new long[3];
    private final long[] waiting = new long[3];

    /** seat 1 or 2 for a partner's answer, 0 for a joint one. */
    void add(int seat, long overdueCount, long waitingCount) {
        overdue[seat] += overdueCount;
        waiting[seat] += waitingCount;
    }

    public long getOverdueA() {
        return overdue[1];
    }

    public long getOverdueB() {
        return overdue[2];
    }

    public long getOverdueJoint() {
        return overdue[0];
    }

    public long getWaitingA() {
        return waiting[1];
    }

    public long getWaitingB() {
        return waiting[2];
    }

    public long getWaitingJoint() {
        return waiting[0];
    }

    public long getOverdueTotal() {
        return overdue[0] + overdue[1] + overdue[2];
    }

    public long getWaitingTotal() {
        return waiting[0] + waiting[1] + waiting[2];
    }
}
