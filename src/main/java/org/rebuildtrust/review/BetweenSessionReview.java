package org.rebuildtrust.review;

import org.rebuildtrust.accountability.AccountabilityTable;
import org.rebuildtrust.checkins.CheckIn;
import org.rebuildtrust.couples.Couple;
import org.rebuildtrust.homework.BetweenSessionHomework;
import org.rebuildtrust.milestones.Milestone;
import org.rebuildtrust.sessions.PrepNote;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * What changed for a couple since their last held session, for the five minutes before the next one.
 * {@code since} is the day of the newest held session, or the start of therapy when none was recorded. The check-ins
 * are those of the weeks from {@code checkInsFrom} ({@link ReviewService#WEEKS_OF_CHECK_INS} weeks back).
 * {@code prepNote} is the therapist's preparation note for the coming session, null until one is started.
 */
public record BetweenSessionReview(Couple couple, LocalDate since, boolean sessionRecorded, List<Flag> flags,
                                   BetweenSessionHomework homework, List<AccountabilityTable> accountability,
                                   List<CheckIn> checkIns, LocalDate checkInsFrom, List<Milestone> milestonesSince,
                                   PrepNote prepNote)
        implements Serializable {
}
