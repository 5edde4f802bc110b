package org.rebuildtrust.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import org.rebuildtrust.accountability.AccountabilityService;
import org.rebuildtrust.checkins.CheckIn;
import org.rebuildtrust.checkins.CheckInService;
import org.rebuildtrust.couples.Couple;
import org.rebuildtrust.couples.CoupleService;
import org.rebuildtrust.couples.CoupleStatus;
import org.rebuildtrust.homework.Answer;
import org.rebuildtrust.homework.AnswerStatus;
import org.rebuildtrust.couples.HomeworkCounts;
import org.rebuildtrust.homework.HomeworkService;
import org.rebuildtrust.milestones.Milestone;
import org.rebuildtrust.milestones.MilestoneService;
import org.rebuildtrust.security.Actor;
import org.rebuildtrust.sessions.HeldSession;
import org.rebuildtrust.sessions.SessionService;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** What needs the therapist's attention before the next session, from check-ins, accountability and homework. */
@ApplicationScoped
@Transactional
public class ReviewService {

    @Inject
    CoupleService couples;

    @Inject
    CheckInService checkIns;

    @Inject
    AccountabilityService accountability;

    @Inject
    HomeworkService homework;

    @Inject
    Clock clock;

    @Inject
    SessionService sessions;

    @Inject
    MilestoneService milestones;

    protected ReviewService() {
        // for CDI
    }

    public ReviewService(CoupleService couples, CheckInService checkIns, AccountabilityService accountability,
                         HomeworkService homework, SessionService sessions, MilestoneService milestones, Clock clock) {
        this.couples = couples;
        this.checkIns = checkIns;
        this.accountability = accountability;
        this.homework = homework;
        this.sessions = sessions;
        this.milestones = milestones;
        this.clock = clock;
    }

    /** Everything the review page shows, since the newest held session (inclusive of that day). */
    public BetweenSessionReview review(@NotNull Actor staff, long coupleId) {
        Couple couple = couples.findInCare(staff, coupleId);
        Optional<HeldSession> last = sessions.latest(staff, coupleId);
        LocalDate since = last.map(HeldSession::getHeldOn).orElse(couple.getStartDate());
        LocalDate today = LocalDate.now(clock);
        List<Answer> answers = homework.assignmentsOf(staff, coupleId).stream()
                .filter(a -> !a.isCancelled()).flatMap(a -> a.getAnswers().stream()).toList();
        List<Answer> submittedSince = answers.stream().filter(a -> a.getStatus().isDone() && a.getSubmittedAt() != null
                && !LocalDate.ofInstant(a.getSubmittedAt(), ZoneId.systemDefault()).isBefore(since)).toList();
        List<Answer> overdue = answers.stream().filter(a -> a.isOverdue(today)).toList();
        List<Answer> waiting = answers.stream().filter(a -> a.getStatus() == AnswerStatus.SUBMITTED).toList();
        List<Milestone> recent = milestones.ofCouple(staff, coupleId).stream()
                .filter(m -> !m.getHappenedOn().isBefore(since)).toList();
        List<CheckIn> coupleCheckIns = checkIns.ofCouple(staff, coupleId);
        return new BetweenSessionReview(couple, since, last.isPresent(), flags(staff, couple, coupleCheckIns, overdue.size()),
                submittedSince, overdue, waiting, accountability.tables(staff, coupleId, since), coupleCheckIns, recent);
    }

    /**
     * What the caseload keeps for a couple, as its own therapist sees it (for {@link CaseloadAttention}): the homework
     * counts, and the flags of an active couple (a paused or closed couple is not expected to check in).
     */
    CaseloadMarker markerOf(Couple couple) {
        Actor therapist = Actor.of(couple.getTherapist().getAccount());
        HomeworkCounts counts = homeworkCounts(therapist, couple.getId());
        List<Flag> flags = couple.getStatus() == CoupleStatus.ACTIVE
                ? flags(therapist, couple, checkIns.ofCouple(therapist, couple.getId()), counts.getOverdueTotal())
                : List.of();
        return new CaseloadMarker(flags, counts);
    }

    record CaseloadMarker(List<Flag> flags, HomeworkCounts homework) {
    }

    /** The couple's flags; partners without a portal login cannot check in and are not expected to. */
    public List<Flag> flags(@NotNull Actor staff, long coupleId) {
        return flags(staff, couples.findInCare(staff, coupleId), checkIns.ofCouple(staff, coupleId),
                homeworkCounts(staff, coupleId).getOverdueTotal());
    }

    private HomeworkCounts homeworkCounts(Actor staff, long coupleId) {
        return homework.countsFor(staff, List.of(coupleId)).getOrDefault(coupleId, HomeworkCounts.NONE);
    }

    /**
     * The flags from check-ins and a count of overdue answers already read (the review shows them too, so it reads
     * them once).
     */
    private List<Flag> flags(Actor staff, Couple couple, List<CheckIn> coupleCheckIns, long overdueAnswers) {
        long coupleId = couple.getId();
        List<FlagRules.CheckInPoint> points = coupleCheckIns.stream()
                .map(c -> new FlagRules.CheckInPoint(c.getPartner().getId(), c.getPartner().getFullName(),
                        c.getCheckedInOn(), c.getTrust(), c.getSafety(), c.getConnection(), c.getCommunication()))
                .toList();
        List<FlagRules.Expected> expected = couple.getPartners().stream().filter(p -> p.hasPortalAccount())
                .map(p -> new FlagRules.Expected(p.getId(), p.getFullName())).toList();
        return FlagRules.flags(points, expected, accountability.tables(staff, coupleId), overdueAnswers,
                couple.getStartDate(), LocalDate.now(clock));
    }
}
