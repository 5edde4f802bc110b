package org.rebuildtrust.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import org.rebuildtrust.accountability.AccountabilityService;
import org.rebuildtrust.accountability.AccountabilityTable;
import org.rebuildtrust.audit.AuditAction;
import org.rebuildtrust.audit.AuditRecord;
import org.rebuildtrust.audit.AuditTrail;
import org.rebuildtrust.checkins.CheckIn;
import org.rebuildtrust.checkins.CheckInService;
import org.rebuildtrust.couples.Couple;
import org.rebuildtrust.couples.CoupleService;
import org.rebuildtrust.couples.CoupleStatus;
import org.rebuildtrust.couples.Partner;
import org.rebuildtrust.homework.BetweenSessionHomework;
import org.rebuildtrust.couples.HomeworkCounts;
import org.rebuildtrust.homework.HomeworkService;
import org.rebuildtrust.milestones.Milestone;
import org.rebuildtrust.milestones.MilestoneService;
import org.rebuildtrust.security.Actor;
import org.rebuildtrust.sessions.SessionService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    @Inject
    AuditTrail audit;

    protected ReviewService() {
        // for CDI
    }

    public ReviewService(CoupleService couples, CheckInService checkIns, AccountabilityService accountability,
                         HomeworkService homework, SessionService sessions, MilestoneService milestones,
                         AuditTrail audit, Clock clock) {
        this.audit = audit;
        this.couples = couples;
        this.checkIns = checkIns;
        this.accountability = accountability;
        this.homework = homework;
        this.sessions = sessions;
        this.milestones = milestones;
        this.clock = clock;
    }

    /**
     * How many weeks of check-ins the review's charts show: half a year. Two years of weekly check-ins drawn on every
     * review made the page slower the longer a couple was in therapy; every week is in the progress report. (The
     * flags still see what they always did: {@link #withLatestTwo}.)
     */
    public static final int WEEKS_OF_CHECK_INS = 26;

    /** The most answers each of the review's homework lists shows; the rest are counted. */
    public static final int ANSWERS_LISTED = 20;

    /** Everything the review page shows, since the newest held session (inclusive of that day). */
    public BetweenSessionReview review(@NotNull Actor staff, long coupleId) {
        Couple couple = couples.findInCare(staff, coupleId);
        SessionService.SinceLastSession start = sessions.sinceLastSession(staff, coupleId);
        LocalDate since = start.lastHeldOn().orElse(couple.getStartDate());
        BetweenSessionHomework homeworkSince = homework.forReview(staff, coupleId,
                since.atStartOfDay(clock.getZone()).toInstant(), ANSWERS_LISTED);
        List<Milestone> recent = milestones.ofCouple(staff, coupleId).stream()
                .filter(m -> !m.getHappenedOn().isBefore(since)).toList();
        LocalDate checkInsFrom = checkInsFrom();
        List<CheckIn> coupleCheckIns = checkIns.ofCouple(staff, coupleId, checkInsFrom);
        return new BetweenSessionReview(couple, since, start.lastHeldOn().isPresent(),
                flags(couple, withLatestTwo(couple, coupleCheckIns), accountability.tables(staff, coupleId),
                        homeworkSince.overdueTotal()),
                homeworkSince,
                accountability.tables(staff, coupleId, since), coupleCheckIns, checkInsFrom, recent,
                start.openNote().orElse(null));
    }

    /**
     * The review as its page opens it: read, and recorded in the audit trail as viewed, in the same transaction (the
     * review's reads already take one: a page view in a transaction of its own cost another).
     */
    public BetweenSessionReview open(@NotNull Actor staff, long coupleId) {
        BetweenSessionReview review = review(staff, coupleId);
        audit.record(staff, AuditAction.VIEW, AuditRecord.COUPLE, coupleId, coupleId, "between-session review");
        return review;
    }

    /** The first week of the review's check-ins. */
    private LocalDate checkInsFrom() {
        return checkInsFrom(LocalDate.now(clock));
    }

    /** The first week of the half year of check-ins shown on a day: the review's charts, the couple page's table. */
    public static LocalDate checkInsFrom(LocalDate today) {
        return CheckIn.weekOf(today).minusWeeks(WEEKS_OF_CHECK_INS - 1L);
    }

    /**
     * The check-ins the flags read: the recent weeks, and for a partner with fewer than two check-ins in them, their
     * latest two whenever they were (a drop between check-ins months apart is still a drop, and the silence rule needs
     * the last one). The flags are the same as from every check-in of the couple: the rules look no further back.
     * The older ones of all the couples given are read in one statement.
     */
    private Map<Long, List<CheckIn>> withLatestTwo(Collection<Couple> coupleList, Map<Long, List<CheckIn>> recent) {
        List<Long> shortOfTwo = new ArrayList<>();
        for (Couple couple : coupleList) {
            List<CheckIn> own = recent.getOrDefault(couple.getId(), List.of());
            for (Partner partner : couple.getPartners()) {
                if (own.stream().filter(c -> c.getPartner().getId().equals(partner.getId())).count() < 2) {
                    shortOfTwo.add(partner.getId());
                }
            }
        }
        Map<Long, List<CheckIn>> all = new HashMap<>();
        coupleList.forEach(couple -> all.put(couple.getId(), new ArrayList<>(recent.getOrDefault(couple.getId(), List.of()))));
        for (CheckIn older : checkIns.latestTwoOfEach(shortOfTwo)) {
            List<CheckIn> own = all.get(older.getPartner().getCouple().getId());
            if (own.stream().noneMatch(c -> c.getId().equals(older.getId()))) {
                own.add(older);
            }
        }
        return all;
    }

    private List<CheckIn> withLatestTwo(Couple couple, List<CheckIn> recent) {
        return withLatestTwo(List.of(couple), Map.of(couple.getId(), recent)).get(couple.getId());
    }

    /**
     * What the caseload keeps for each couple, as its own therapist sees it (for {@link CaseloadAttention}): the
     * homework counts of a couple not closed, and the flags of an active couple (a paused or closed couple is not
     * expected to check in). A fixed number of statements for any number of couples: the nightly refresh goes through
     * thousands (one statement per table read, not one per couple).
     */
    Map<Long, CaseloadMarker> markersOf(Collection<Couple> coupleList) {
        List<Couple> open = coupleList.stream().filter(c -> c.getStatus() != CoupleStatus.CLOSED).toList();
        List<Couple> active = open.stream().filter(c -> c.getStatus() == CoupleStatus.ACTIVE).toList();
        Map<Long, HomeworkCounts> counts = homework.countsOf(open.stream().map(Couple::getId).toList());
        Map<Long, List<CheckIn>> activeCheckIns = active.isEmpty() ? Map.of() : withLatestTwo(active,
                checkIns.ofCouplesFrom(active.stream().map(Couple::getId).toList(), checkInsFrom()));
        Map<Long, List<AccountabilityTable>> tables = accountability.tablesOfCouples(active);
        Map<Long, CaseloadMarker> markers = new HashMap<>();
        for (Couple couple : coupleList) {
            HomeworkCounts own = couple.getStatus() == CoupleStatus.CLOSED
                    ? HomeworkCounts.NONE // its homework is over, done or not
                    : counts.getOrDefault(couple.getId(), HomeworkCounts.NONE);
            List<Flag> flags = couple.getStatus() == CoupleStatus.ACTIVE
                    ? flags(couple, activeCheckIns.get(couple.getId()), tables.get(couple.getId()), own.getOverdueTotal())
                    : List.of();
            markers.put(couple.getId(), new CaseloadMarker(flags, own));
        }
        return markers;
    }

    record CaseloadMarker(List<Flag> flags, HomeworkCounts homework) {
    }

    /** The couple's flags; partners without a portal login cannot check in and are not expected to. */
    public List<Flag> flags(@NotNull Actor staff, long coupleId) {
        return flags(staff, couples.findInCare(staff, coupleId));
    }

    /**
     * The flags of a couple the page has read already (its partners and start date are what the rules need): the
     * couple page read the couple a second time for them.
     */
    public List<Flag> flags(@NotNull Actor staff, @NotNull Couple shown) {
        long coupleId = shown.getId();
        couples.requireInCare(staff, coupleId);
        // the tables as the nightly refresh reads them (the flags do not look at what evidence links to), for the
        // partners of the couple as shown: its couple is not read again
        return flags(shown, withLatestTwo(shown, checkIns.ofCouple(staff, coupleId, checkInsFrom())),
                accountability.tablesOfCouples(List.of(shown)).get(coupleId),
                homeworkCounts(staff, coupleId).getOverdueTotal());
    }

    private HomeworkCounts homeworkCounts(Actor staff, long coupleId) {
        return homework.countsFor(staff, List.of(coupleId)).getOrDefault(coupleId, HomeworkCounts.NONE);
    }

    /**
     * The flags from check-ins, the accountability tables and a count of overdue answers already read (the review
     * shows them too, so it reads them once).
     */
    private List<Flag> flags(Couple couple, List<CheckIn> coupleCheckIns, List<AccountabilityTable> tables,
                             long overdueAnswers) {
        List<FlagRules.CheckInPoint> points = coupleCheckIns.stream()
                .map(c -> new FlagRules.CheckInPoint(c.getPartner().getId(), c.getPartner().getFullName(),
                        c.getCheckedInOn(), c.getTrust(), c.getSafety(), c.getConnection(), c.getCommunication()))
                .toList();
        List<FlagRules.Expected> expected = couple.getPartners().stream().filter(p -> p.hasPortalAccount())
                .map(p -> new FlagRules.Expected(p.getId(), p.getFullName())).toList();
        return FlagRules.flags(points, expected, tables, overdueAnswers, couple.getStartDate(), LocalDate.now(clock));
    }
}
