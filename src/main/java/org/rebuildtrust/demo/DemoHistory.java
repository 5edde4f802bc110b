package org.rebuildtrust.demo;

import jakarta.persistence.EntityManager;
import org.rebuildtrust.accountability.AccountabilityService;
import org.rebuildtrust.accountability.Assessment;
import org.rebuildtrust.audit.AuditTrail;
import org.rebuildtrust.checkins.CheckIn;
import org.rebuildtrust.checkins.CheckInService;
import org.rebuildtrust.couples.Couple;
import org.rebuildtrust.couples.CoupleService;
import org.rebuildtrust.homework.Assignee;
import org.rebuildtrust.homework.AssignmentRequest;
import org.rebuildtrust.homework.HomeworkService;
import org.rebuildtrust.homework.LibraryService;
import org.rebuildtrust.homework.Visibility;
import org.rebuildtrust.milestones.Milestone;
import org.rebuildtrust.milestones.MilestoneKind;
import org.rebuildtrust.milestones.MilestoneService;
import org.rebuildtrust.security.Actor;
import org.rebuildtrust.sessions.SessionService;
import org.rebuildtrust.appointments.Appointment;
import org.rebuildtrust.appointments.AppointmentRequest;
import org.rebuildtrust.appointments.AppointmentService;
import org.rebuildtrust.shared.MovableClock;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Instant;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.rebuildtrust.accountability.AccountabilityStep.ACKNOWLEDGE_BETRAYAL;
import static org.rebuildtrust.accountability.AccountabilityStep.MAKE_AMENDS;
import static org.rebuildtrust.accountability.AccountabilityStep.PROVIDE_TRANSPARENCY;
import static org.rebuildtrust.accountability.AccountabilityStep.TAKE_RESPONSIBILITY;

/**
 * The weeks before today, replayed through the real services with their clock set to each day in turn, so the
 * demo's check-ins, ratings, sessions and milestones are dated in the past yet obey the same rules as typed data
 * (services only accept today's check-in or rating). Runs inside the demo's transaction.
 */
final class DemoHistory {

    private final MovableClock clock;
    private final CheckInService checkIns;
    private final AccountabilityService accountability;
    private final MilestoneService milestones;
    private final SessionService sessions;
    private final AppointmentService appointments;
    private final HomeworkService homework;
    private final LocalDate today;
    private final Map<Couple, Instant> lastEvents = new LinkedHashMap<>();

    DemoHistory(EntityManager em, CoupleService couples, LibraryService library, AuditTrail audit, Clock realClock) {
        this.today = LocalDate.now(realClock);
        this.clock = new MovableClock(realClock.instant(), realClock.getZone());
        this.checkIns = new CheckInService(em, couples, audit, clock);
        this.homework = new HomeworkService(em, couples, library, checkIns, audit, clock);
        this.accountability = new AccountabilityService(em, couples, homework, audit, clock);
        this.milestones = new MilestoneService(em, couples, audit, clock);
        this.sessions = new SessionService(em, couples, audit, clock);
        this.appointments = new AppointmentService(em, couples, sessions, audit, clock);
    }

    /**
     * Rivera & Chen, nine weeks in: fortnightly sessions, weekly check-ins from both (Jordan's trust slowly rising,
     * then a hard week), Alex's actions and both views of each step (far apart on transparency), the therapist's
     * assessments after sessions, and milestones with replies. Their review page raises two flags on first start.
     */
    void riveraChen(Actor robin, Couple couple, Actor alex, Actor jordan) {
        int[][] alexWeeks = {{4, 5, 3, 4}, {5, 5, 4, 4}, {5, 6, 4, 5}, {6, 6, 5, 5}, {6, 7, 5, 6}, {5, 6, 5, 5},
                {6, 7, 6, 6}, {7, 7, 6, 6}};
        int[][] jordanWeeks = {{2, 2, 3, 3}, {2, 3, 3, 3}, {3, 3, 4, 4}, {3, 4, 4, 4}, {4, 5, 4, 5}, {4, 4, 5, 4},
                {5, 6, 5, 5}, {6, 6, 5, 6}};
        String[] jordanNotes = {"Everything still feels raw.", null, "The evening walks are helping a little.", null,
                "We had our first calm talk about it.", "Work stress made everything harder this week.", null,
                "I noticed I didn't check the phone once this week."};
        for (int week = 8; week >= 1; week--) {
            int i = 8 - week;
            day(today.minusWeeks(week).minusDays(1));
            checkIns.checkIn(alex, ratings(alexWeeks[i], i == 4 ? "Hard to hear how much it still hurts, but glad we talk." : null));
            checkIns.checkIn(jordan, ratings(jordanWeeks[i], jordanNotes[i]));
        }

        session(robin, couple, 48);
        day(today.minusDays(46));
        accountability.recordEvidence(alex, ACKNOWLEDGE_BETRAYAL, today.minusDays(46),
                "Wrote Jordan a letter naming what I did and how it hurt, without explaining it away.", null);
        accountability.rateSelf(alex, ACKNOWLEDGE_BETRAYAL, 5, null);
        accountability.rateAsHurtPartner(jordan, couple.partnerA().getId(), ACKNOWLEDGE_BETRAYAL, 3,
                "The letter was a start, but I still hear 'it just happened'.", false);
        day(today.minusDays(40));
        accountability.recordEvidence(alex, PROVIDE_TRANSPARENCY, today.minusDays(40),
                "Turned on location sharing and gave Jordan my phone's passcode.", null);
        accountability.rateSelf(alex, PROVIDE_TRANSPARENCY, 6, null);
        accountability.rateAsHurtPartner(jordan, couple.partnerA().getId(), PROVIDE_TRANSPARENCY, 3, null, false);

        session(robin, couple, 34);
        day(today.minusDays(34));
        accountability.assess(robin, couple.getId(), couple.partnerA().getId(), ACKNOWLEDGE_BETRAYAL, Assessment.BEGINNING,
                "Names the affair plainly in session; still slips into explaining when Jordan is upset.");
        accountability.assess(robin, couple.getId(), couple.partnerA().getId(), PROVIDE_TRANSPARENCY, Assessment.BEGINNING, null);
        day(today.minusDays(29));
        accountability.recordEvidence(alex, TAKE_RESPONSIBILITY, today.minusDays(29),
                "Told Jordan 'I chose this, it wasn't the marriage's fault' when the old argument came up.", null);
        accountability.rateSelf(alex, TAKE_RESPONSIBILITY, 5, null);
        accountability.rateAsHurtPartner(jordan, couple.partnerA().getId(), TAKE_RESPONSIBILITY, 4,
                "I believed it this time.", true);
        Milestone dinner = milestone(jordan, MilestoneKind.DATE_NIGHT, 27,
                "Dinner at the Italian place from our first year. We talked about the kids and laughed.");
        milestones.reply(alex, dinner.getId(), "Thank you for saying yes to it.");

        session(robin, couple, 20);
        day(today.minusDays(20));
        accountability.assess(robin, couple.getId(), couple.partnerA().getId(), ACKNOWLEDGE_BETRAYAL, Assessment.DEVELOPING, null);
        accountability.assess(robin, couple.getId(), couple.partnerA().getId(), TAKE_RESPONSIBILITY, Assessment.BEGINNING, null);
        day(today.minusDays(17));
        accountability.rateSelf(alex, PROVIDE_TRANSPARENCY, 7, null);
        accountability.rateAsHurtPartner(jordan, couple.partnerA().getId(), PROVIDE_TRANSPARENCY, 4,
                "Open when I ask, but I am still the one who has to ask.", false);
        accountability.rateAsHurtPartner(jordan, couple.partnerA().getId(), ACKNOWLEDGE_BETRAYAL, 5, null, true);
        Milestone talk = milestone(alex, MilestoneKind.HARD_CONVERSATION, 15,
                "We talked about the hotel receipts for an hour without either of us walking out.");
        milestones.reply(jordan, talk.getId(), "It was hard. I'm glad we stayed.");

        session(robin, couple, 6);
        day(today.minusDays(6));
        accountability.assess(robin, couple.getId(), couple.partnerA().getId(), PROVIDE_TRANSPARENCY, Assessment.DEVELOPING,
                "Offers information unasked more often; Jordan does not yet feel it.");
        day(today.minusDays(4));
        accountability.recordEvidence(alex, PROVIDE_TRANSPARENCY, today.minusDays(4),
                "Told Jordan before she asked that the former colleague emailed me, and showed her the email.", null);
        day(today.minusDays(3));
        accountability.recordEvidence(alex, MAKE_AMENDS, today.minusDays(3),
                "Took over the school run on Jordan's late days, as we agreed.", null);
        accountability.rateSelf(alex, PROVIDE_TRANSPARENCY, 9, null);
        accountability.rateSelf(alex, MAKE_AMENDS, 6, null);
        day(today.minusDays(2));
        accountability.rateAsHurtPartner(jordan, couple.partnerA().getId(), PROVIDE_TRANSPARENCY, 4,
                "The email shook me more than I expected, even though he told me.", false);
        accountability.rateAsHurtPartner(jordan, couple.partnerA().getId(), MAKE_AMENDS, 5, null, true);
        lastEvents.put(couple, clock.instant());
        day(today);
    }

    /**
     * Okonkwo & Lindqvist: a few check-ins that stopped three weeks ago, and two homework answers left overdue, so
     * their marker on the caseload says why they need attention.
     */
    void okonkwoLindqvist(Actor robin, Couple couple, Actor casey, Actor riley) {
        for (int week = 5; week >= 3; week--) {
            day(today.minusWeeks(week));
            checkIns.checkIn(casey, new CheckIn.Ratings(3 + (5 - week), 4, 4, 3 + (5 - week), null));
            checkIns.checkIn(riley, new CheckIn.Ratings(6, 7, 5, 5, null));
        }
        session(robin, couple, 24);
        day(today.minusDays(23));
        AssignmentRequest request = new AssignmentRequest();
        request.setTemplateId(2L);
        request.setAssignee(Assignee.EACH_PARTNER);
        request.setVisibility(Visibility.PRIVATE);
        request.setDueDate(today.minusDays(9));
        homework.assign(robin, couple.getId(), request);
        milestone(riley, MilestoneKind.VULNERABILITY, 22,
                "I told Casey about the shame I carry, instead of going quiet.");
        lastEvents.put(couple, clock.instant());
        day(today);
    }

    /** The moment of each replayed couple's latest event: their "last activity" once the demo is loaded. */
    Map<Couple, Instant> lastEvents() {
        return lastEvents;
    }

    private static CheckIn.Ratings ratings(int[] values, String note) {
        return new CheckIn.Ratings(values[0], values[1], values[2], values[3], note);
    }

    /** A session booked a week ahead for 17:00, then marked held that evening: the couple's held session of the day. */
    private void session(Actor therapist, Couple couple, int daysAgo) {
        LocalDate held = today.minusDays(daysAgo);
        day(held.minusDays(7));
        AppointmentRequest booking = new AppointmentRequest();
        booking.setDay(held);
        booking.setStart(LocalTime.of(17, 0));
        booking.setEnd(LocalTime.of(17, 50));
        booking.setPlace("Room 2, Harbor Lane");
        Appointment appointment = appointments.schedule(therapist, couple.getId(), booking, false).get(0);
        day(held);
        appointments.markHeld(therapist, appointment.getId(), true, true);
    }

    private Milestone milestone(Actor partner, MilestoneKind kind, int daysAgo, String words) {
        day(today.minusDays(daysAgo));
        return milestones.log(partner, kind, today.minusDays(daysAgo), words);
    }

    /** Moves the services' clock to a day of the story, early evening, when partners tend to check in. */
    private void day(LocalDate day) {
        clock.setTo(day.atTime(LocalTime.of(19, 0)).atZone(clock.getZone()).toInstant());
    }
}
