package org.rebuildtrust.review;

import org.rebuildtrust.accountability.AccountabilityTable;
import org.rebuildtrust.checkins.CheckIn;
import org.rebuildtrust.couples.Couple;
import org.rebuildtrust.homework.Answer;
import org.rebuildtrust.milestones.Milestone;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * What changed for a couple since their last held session, for the five minutes before the next one.
 * {@code since} is the day of the newest held session, or the start of therapy when none was recorded.
 */
public record BetweenSessionReview(Couple couple, LocalDate since, boolean sessionRecorded, List<Flag> flags,
                                   List<Answer> submittedSince, List<Answer> overdue, List<Answer> waitingForReview,
                                   List<AccountabilityTable> accountability, List<CheckIn> checkIns,
                                   List<Milestone> milestonesSince) implements Serializable {
}
