package org.rebuildtrust.sessions.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.rebuildtrust.checkins.CheckInService;
import org.rebuildtrust.milestones.Milestone;
import org.rebuildtrust.milestones.MilestoneService;
import org.rebuildtrust.review.ReviewService;
import org.rebuildtrust.security.CurrentActor;
import org.rebuildtrust.sessions.SessionService;
import org.rebuildtrust.shared.BusinessRuleException;
import org.rebuildtrust.shared.DuplicateSuspectedException;
import org.rebuildtrust.shared.web.Messages;

import org.rebuildtrust.checkins.web.CheckInRow;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The couple page's sections for held sessions, check-ins and milestones. */
@Named
@ViewScoped
public class CoupleBetweenSessionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SessionService sessions;

    @Inject
    transient org.rebuildtrust.appointments.AppointmentService appointments;

    @Inject
    transient CheckInService checkIns;

    @Inject
    transient MilestoneService milestones;

    @Inject
    transient CurrentActor currentActor;

    @Inject
    transient Clock clock;

    private Long coupleId;
    private List<HeldSessionRow> heldSessions;
    private List<CheckInRow> coupleCheckIns;
    private LocalDate checkInsFrom;
    private List<Milestone> coupleMilestones;
    private java.util.Map<Long, String> keptNotes = java.util.Map.of();
    private LocalDate heldOn;
    private LocalDate sameDayWarnedFor;
    private boolean partnerAAttended = true;
    private boolean partnerBAttended = true;

    public void load(Long id) {
        coupleId = id;
        if (heldOn == null) {
            heldOn = LocalDate.now(clock);
        }
        List<SessionService.HeldWithNote> held = sessions.ofCoupleWithNotes(currentActor.require(), id);
        heldSessions = held.stream().map(h -> h.session())
                .map(s -> new HeldSessionRow(s.getId(), s.getHeldOn(), s.isPartnerAAttended(), s.isPartnerBAttended()))
                .toList();
        keptNotes = held.stream().filter(h -> h.keptNote() != null)
                .collect(java.util.stream.Collectors.toMap(h -> h.session().getId(), SessionService.HeldWithNote::keptNote));
        // the same half year as the review's charts: a two-year couple's page read and kept all 208 weeks (every
        // week is in the progress report)
        checkInsFrom = ReviewService.checkInsFrom(LocalDate.now(clock));
        coupleCheckIns = new java.util.ArrayList<>(checkIns.ofCouple(currentActor.require(), id, checkInsFrom).stream()
                .map(CheckInRow::of)
                .toList());
        java.util.Collections.reverse(coupleCheckIns);
        coupleMilestones = milestones.ofCouple(currentActor.require(), id);
    }

    public void recordSession() {
        record(false);
    }

    /** After the same-day warning: records the second session of that day (only for the day the warning was about). */
    public void recordSessionAnyway() {
        record(heldOn != null && heldOn.equals(sameDayWarnedFor));
    }

    private void record(boolean sameDayConfirmed) {
        sameDayWarnedFor = null;
        try {
            // a held appointment of that day too: the calendar and the held sessions tell the same story
            appointments.recordHeldSession(currentActor.require(), coupleId, heldOn, partnerAAttended, partnerBAttended,
                    sameDayConfirmed);
            Messages.info("session.recorded");
            load(coupleId);
        } catch (DuplicateSuspectedException sameDay) {
            sameDayWarnedFor = heldOn;
            Messages.warned(sameDay, "sessionForm");
        } catch (BusinessRuleException refusal) {
            Messages.refused(refusal, "sessionForm");
        }
    }

    /** Whether the page offers to record a second session on the day it just warned about. */
    public boolean isSameDayWarned() {
        return sameDayWarnedFor != null;
    }

    /**
     * A held session as the list shows it. The view keeps rows like this one, not the entities, which hold on to the
     * whole persistence context they were read in (see CoupleHomeworkBacking).
     */
    public static final class HeldSessionRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long id;
        private final LocalDate heldOn;
        private final boolean partnerAAttended;
        private final boolean partnerBAttended;

        HeldSessionRow(long id, LocalDate heldOn, boolean partnerAAttended, boolean partnerBAttended) {
            this.id = id;
            this.heldOn = heldOn;
            this.partnerAAttended = partnerAAttended;
            this.partnerBAttended = partnerBAttended;
        }

        public long getId() {
            return id;
        }

        public LocalDate getHeldOn() {
            return heldOn;
        }

        public boolean isPartnerAAttended() {
            return partnerAAttended;
        }

        public boolean isPartnerBAttended() {
            return partnerBAttended;
        }
    }

    public List<HeldSessionRow> getHeldSessions() {
        return heldSessions;
    }

    /** The preparation note kept with each held session, by session id. */
    public java.util.Map<Long, String> getKeptNotes() {
        return keptNotes;
    }

    public List<CheckInRow> getCheckIns() {
        return coupleCheckIns;
    }

    /** The first week the check-in table shows. */
    public LocalDate getCheckInsFrom() {
        return checkInsFrom;
    }

    public List<Milestone> getMilestones() {
        return coupleMilestones;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public boolean isPartnerAAttended() {
        return partnerAAttended;
    }

    public void setPartnerAAttended(boolean partnerAAttended) {
        this.partnerAAttended = partnerAAttended;
    }

    public boolean isPartnerBAttended() {
        return partnerBAttended;
    }

    public void setPartnerBAttended(boolean partnerBAttended) {
        this.partnerBAttended = partnerBAttended;
    }
}
