package org.rebuildtrust.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import org.rebuildtrust.accountability.AccountabilityService;
import org.rebuildtrust.checkins.CheckInService;
import org.rebuildtrust.couples.Couple;
import org.rebuildtrust.couples.CoupleService;
import org.rebuildtrust.homework.HomeworkCounts;
import org.rebuildtrust.homework.HomeworkService;
import org.rebuildtrust.security.Actor;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

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

    protected ReviewService() {
        // for CDI
    }

    public ReviewService(CoupleService couples, CheckInService checkIns, AccountabilityService accountability,
                         HomeworkService homework, Clock clock) {
        this.couples = couples;
        this.checkIns = checkIns;
        this.accountability = accountability;
        this.homework = homework;
        this.clock = clock;
    }

    /** The couple's flags; partners without a portal login cannot check in and are not expected to. */
    public List<Flag> flags(@NotNull Actor staff, long coupleId) {
        Couple couple = couples.findInCare(staff, coupleId);
        List<FlagRules.CheckInPoint> points = checkIns.ofCouple(staff, coupleId).stream()
                .map(c -> new FlagRules.CheckInPoint(c.getPartner().getId(), c.getPartner().getFullName(),
                        LocalDate.ofInstant(c.getUpdatedAt(), ZoneId.systemDefault()), c.getTrust(), c.getSafety()))
                .toList();
        List<FlagRules.Expected> expected = couple.getPartners().stream().filter(p -> p.hasPortalAccount())
                .map(p -> new FlagRules.Expected(p.getId(), p.getFullName())).toList();
        HomeworkCounts counts = homework.countsFor(staff, List.of(coupleId)).getOrDefault(coupleId, HomeworkCounts.NONE);
        return FlagRules.flags(points, expected, accountability.tables(staff, coupleId), counts.getOverdueTotal(),
                couple.getStartDate(), LocalDate.now(clock));
    }
}
