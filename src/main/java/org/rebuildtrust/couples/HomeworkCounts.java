package org.rebuildtrust.couples;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Per couple: overdue answers and answers waiting for review, for each partner and for joint homework. Counted by
 * the homework service and kept on the couple beside its needs-attention marker, so the caseload reads them with
 * its rows instead of counting every couple's answers on each page.
 */
public final class HomeworkCounts implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final HomeworkCounts NONE = new HomeworkCounts(new long[3], new long[3]);

    /** Indexed by seat: 1 and 2 for a partner's answers, 0 for joint ones. */
    private final long[] overdue;
    private final long[] waiting;

    private HomeworkCounts(long[] overdue, long[] waiting) {
        this.overdue = overdue;
        this.waiting = waiting;
    }

    public static HomeworkCounts of(long overdueA, long overdueB, long overdueJoint, long waitingA, long waitingB,
                                    long waitingJoint) {
        return new HomeworkCounts(new long[] {overdueJoint, overdueA, overdueB},
                new long[] {waitingJoint, waitingA, waitingB});
    }

    /** These counts with more answers of one seat (1 or 2 for a partner's answer, 0 for a joint one). */
    public HomeworkCounts plus(int seat, long overdueCount, long waitingCount) {
        long[] moreOverdue = overdue.clone();
        long[] moreWaiting = waiting.clone();
        moreOverdue[seat] += overdueCount;
        moreWaiting[seat] += waitingCount;
        return new HomeworkCounts(moreOverdue, moreWaiting);
    }

    /** Both counts added up, seat by seat. */
    public HomeworkCounts plus(HomeworkCounts other) {
        return plus(1, other.getOverdueA(), other.getWaitingA()).plus(2, other.getOverdueB(), other.getWaitingB())
                .plus(0, other.getOverdueJoint(), other.getWaitingJoint());
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

    /** Equal counts seat by seat: the caseload's refresh writes a couple's counts only when they changed. */
    @Override
    public boolean equals(Object other) {
        return other instanceof HomeworkCounts that && Arrays.equals(overdue, that.overdue)
                && Arrays.equals(waiting, that.waiting);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(overdue) + Arrays.hashCode(waiting);
    }
}
