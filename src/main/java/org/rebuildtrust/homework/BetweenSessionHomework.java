package org.rebuildtrust.homework;

import java.io.Serializable;
import java.util.List;

/**
 * A couple's homework as the between-session review lists it: answers submitted since the last session, answers
 * waiting for the therapist's review and overdue answers, each list newest due first and cut at a few dozen (a couple
 * two years in whose answers were never marked reviewed has hundreds waiting), with how many there are in all.
 */
public record BetweenSessionHomework(List<Answer> submittedSince, long submittedSinceTotal, List<Answer> waiting,
                                     long waitingTotal, List<Answer> overdue, long overdueTotal) implements Serializable {

    /** How many of each list are not shown. */
    public long submittedSinceNotShown() {
        return submittedSinceTotal - submittedSince.size();
    }

    public long waitingNotShown() {
        return waitingTotal - waiting.size();
    }

    public long overdueNotShown() {
        return overdueTotal - overdue.size();
    }
}
