package org.rebuildtrust.appointments;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.rebuildtrust.couples.Couple;
import org.rebuildtrust.couples.Partner;
import org.rebuildtrust.sessions.HeldSession;
import org.rebuildtrust.shared.BaseEntity;
import org.rebuildtrust.shared.BusinessRuleException;

import java.time.Duration;
import java.time.Instant;

/**
 * A session booked with a couple, or with one partner of it. Stored as an instant and shown in the practice's time
 * zone. Once marked held it is the couple's held session of that day (the boundary of "since the last session").
 */
@Entity
@Table(name = "appointment")
public class Appointment extends BaseEntity {

    private static final long serialVersionUID = 1L;

    /** The longest appointment the rules accept: a longer one is a typing error, not a session. */
    public static final int MAX_MINUTES = 8 * 60;
    public static final int MIN_MINUTES = 5;
    public static final int PLACE_LENGTH = 500;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "couple_id", nullable = false)
    private Couple couple;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "series_id")
    private AppointmentSeries series;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    /** False for a session recorded only by its day: shown as that day, without a time. */
    @Column(name = "time_known", nullable = false)
    private boolean timeKnown = true;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AppointmentKind kind;

    /** The partner of an individual session; none for a joint one. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "partner_id")
    private Partner partner;

    /** A room, an address or a video-call link, as the therapist wrote it. */
    @Column(length = PLACE_LENGTH)
    private String place;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AppointmentStatus status = AppointmentStatus.SCHEDULED;

    @Column(name = "partner_a_attended", nullable = false)
    private boolean partnerAAttended;

    @Column(name = "partner_b_attended", nullable = false)
    private boolean partnerBAttended;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "held_session_id")
    private HeldSession heldSession;

    protected Appointment() {
        // for JPA
    }

    Appointment(Couple couple, AppointmentSeries series, Instant startsAt, int durationMinutes, AppointmentKind kind,
                Partner partner, String place) {
        checkDuration(durationMinutes);
        if ((kind == AppointmentKind.INDIVIDUAL) != (partner != null)) {
            throw new BusinessRuleException("appointment.partnerMissing", "partnerId");
        }
        this.couple = couple;
        this.series = series;
        this.startsAt = startsAt;
        this.durationMinutes = durationMinutes;
        this.kind = kind;
        this.partner = partner;
        this.place = place;
    }

    /** A held session recorded by its day only (an unscheduled one, or one from before appointments existed). */
    static Appointment heldOnTheDay(Couple couple, Instant noonOfTheDay, HeldSession session) {
        Appointment held = new Appointment(couple, null, noonOfTheDay, 50, AppointmentKind.JOINT, null, null);
        held.timeKnown = false;
        held.markHeld(session);
        return held;
    }

    static void checkDuration(int minutes) {
        if (minutes <= 0) {
            throw new BusinessRuleException("appointment.endBeforeStart", "endTime");
        }
        if (minutes > MAX_MINUTES) {
            throw new BusinessRuleException("appointment.tooLong", "endTime", MAX_MINUTES / 60);
        }
        if (minutes < MIN_MINUTES) {
            throw new BusinessRuleException("appointment.tooShort", "endTime", MIN_MINUTES);
        }
    }

    void requireScheduled() {
        if (!status.isScheduled()) {
            throw new BusinessRuleException("appointment.notScheduled");
        }
    }

    void moveTo(Instant newStart, int newDurationMinutes) {
        requireScheduled();
        checkDuration(newDurationMinutes);
        this.startsAt = newStart;
        this.durationMinutes = newDurationMinutes;
    }

    void changePlace(String newPlace) {
        requireScheduled();
        this.place = newPlace;
    }

    void cancel(boolean late) {
        requireScheduled();
        status = late ? AppointmentStatus.LATE_CANCELLED : AppointmentStatus.CANCELLED;
    }

    void markNoShow() {
        requireScheduled();
        status = AppointmentStatus.NO_SHOW;
    }

    void markHeld(HeldSession session) {
        requireScheduled();
        status = AppointmentStatus.HELD;
        heldSession = session;
        partnerAAttended = session.isPartnerAAttended();
        partnerBAttended = session.isPartnerBAttended();
    }

    /** Whether this is the given partner's to see: a joint session, or their own individual one. */
    public boolean isFor(Partner reader) {
        return kind == AppointmentKind.JOINT || (partner != null && partner.getId().equals(reader.getId()));
    }

    public boolean overlaps(Instant otherStart, Instant otherEnd) {
        return startsAt.isBefore(otherEnd) && otherStart.isBefore(getEndsAt());
    }

    public Couple getCouple() {
        return couple;
    }

    public AppointmentSeries getSeries() {
        return series;
    }

    public boolean isInSeries() {
        return series != null;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return startsAt.plus(Duration.ofMinutes(durationMinutes));
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public boolean isTimeKnown() {
        return timeKnown;
    }

    public AppointmentKind getKind() {
        return kind;
    }

    public Partner getPartner() {
        return partner;
    }

    public String getPlace() {
        return place;
    }

    public AppointmentStatus getStatus() {
        return status;
    }

    public boolean isPartnerAAttended() {
        return partnerAAttended;
    }

    public boolean isPartnerBAttended() {
        return partnerBAttended;
    }

    public HeldSession getHeldSession() {
        return heldSession;
    }
}
