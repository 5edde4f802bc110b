package org.rebuildtrust.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import org.rebuildtrust.accountability.AccountabilityService;
import org.rebuildtrust.checkins.CheckIn;
import org.rebuildtrust.checkins.CheckInService;
import org.rebuildtrust.couples.Couple;
import org.rebuildtrust.couples.CoupleService;
import org.rebuildtrust.couples.Partner;
import org.rebuildtrust.homework.HomeworkService;
import org.rebuildtrust.milestones.Milestone;
import org.rebuildtrust.milestones.MilestoneService;
import org.rebuildtrust.security.Actor;

import java.time.Clock;
import java.util.List;

/**
 * Builds progress reports from the feature services, so every rule about who may read what applies unchanged:
 * the therapist's copy for the clinical record, and a partner's own copy that carries nothing private to the other
 * partner and no homework text given as private.
 */
@ApplicationScoped
@Transactional
public class ReportService {

    @Inject
    CoupleService couples;

    @Inject
    AccountabilityService accountability;

    @Inject
    CheckInService checkIns;

    @Inject
    HomeworkService homework;

    @Inject
    MilestoneService milestones;

    @Inject
    org.rebuildtrust.intake.IntakeService intakes;

    @Inject
    Clock clock;

    protected ReportService() {
        // for CDI
    }

    public ReportService(CoupleService couples, AccountabilityService accountability, CheckInService checkIns,
                         HomeworkService homework, MilestoneService milestones,
                         org.rebuildtrust.intake.IntakeService intakes, Clock clock) {
        this.intakes = intakes;
        this.couples = couples;
        this.accountability = accountability;
        this.checkIns = checkIns;
        this.homework = homework;
        this.milestones = milestones;
        this.clock = clock;
    }

    /** The therapist's copy: both partners' check-ins with notes, every answer, the hurt partner's comments. */
    public ProgressReport therapistCopy(@NotNull Actor staff, long coupleId, @NotNull ReportPeriod period) {
        Couple couple = couples.findInCare(staff, coupleId);
        return new ProgressReport(couple, couple.getTherapist().getDisplayName(), period, clock.instant(), null,
                couple.getPartners(), accountability.tables(staff, coupleId, period.from(), period.to()),
                checkInsInCare(staff, coupleId, period),
                homework.answersForReport(staff, coupleId, period.from(), period.to()),
                milestonesIn(milestones.ofCouple(staff, coupleId), period),
                // the therapist's copy only: each partner's sent intake and the couple's safety flags
                intakes.sentOfCouple(staff, coupleId), intakes.flagsOfCouple(staff, coupleId));
    }

    /**
     * A partner's own copy: their own check-ins only (check-ins are between each partner and the therapist), the
     * accountability ratings both partners see, homework as {@link HomeworkService#answersForReport} allows, and the
     * couple's milestones.
     */
    public ProgressReport partnerCopy(@NotNull Actor client, @NotNull ReportPeriod period) {
        Partner me = couples.findOwnPartner(client);
        Couple couple = me.getCouple();
        List<CheckIn> mine = checkInsIn(checkIns.mine(client), period);
        return new ProgressReport(couple, couple.getTherapist().getDisplayName(), period, clock.instant(), me, List.of(me),
                accountability.tables(client, couple.getId(), period.from(), period.to()), mine,
                homework.answersForReport(client, couple.getId(), period.from(), period.to()),
                milestonesIn(milestones.timeline(client), period), List.of(), List.of());
    }

    /** Both partners' check-ins of the period, for the therapist's copy and the CSV of ratings. */
    public List<CheckIn> checkInsInCare(@NotNull Actor staff, long coupleId, @NotNull ReportPeriod period) {
        return checkInsIn(checkIns.ofCouple(staff, coupleId), period);
    }

    /** A partner's own check-ins of the period, for their own CSV of ratings. */
    public List<CheckIn> ownCheckIns(@NotNull Actor client, @NotNull ReportPeriod period) {
        return checkInsIn(checkIns.mine(client), period);
    }

    /** A check-in belongs to the period when its week starts in it or it was last saved in it. */
    private static List<CheckIn> checkInsIn(List<CheckIn> all, ReportPeriod period) {
        return all.stream().filter(c -> period.contains(c.getWeekStart()) || period.contains(c.getCheckedInOn())).toList();
    }

    private static List<Milestone> milestonesIn(List<Milestone> timeline, ReportPeriod period) {
        return timeline.stream().filter(m -> period.contains(m.getHappenedOn())).toList();
    }
}
