package org.rebuildtrust.appointments.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import org.rebuildtrust.appointments.Appointment;
import org.rebuildtrust.appointments.AppointmentKind;
import org.rebuildtrust.appointments.AppointmentRequest;
import org.rebuildtrust.appointments.AppointmentService;
import org.rebuildtrust.appointments.AppointmentStatus;
import org.rebuildtrust.appointments.Cadence;
import org.rebuildtrust.appointments.ChangeScope;
import org.rebuildtrust.audit.AuditRecord;
import org.rebuildtrust.audit.web.PageViews;
import org.rebuildtrust.couples.Couple;
import org.rebuildtrust.couples.CoupleService;
import org.rebuildtrust.security.CurrentActor;
import org.rebuildtrust.shared.BusinessRuleException;
import org.rebuildtrust.shared.DuplicateSuspectedException;
import org.rebuildtrust.shared.Ids;
import org.rebuildtrust.shared.RecordNotFoundException;
import org.rebuildtrust.shared.web.Messages;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * A couple's appointments page: book one or a series, then open one to move, cancel or mark how it went. Holds ids and
 * the small lists it shows; every action re-reads through the service, which checks the couple is in the actor's care.
 */
@Named
@ViewScoped
public class AppointmentsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The "with" choice of a joint session; any other value is a partner's id. */
    static final String JOINT = "JOINT";

    @Inject
    transient AppointmentService appointments;

    @Inject
    transient CoupleService couples;

    @Inject
    transient CurrentActor currentActor;

    @Inject
    transient PageViews pageViews;

    @Inject
    transient java.time.Clock clock;

    private String coupleParam;
    private String appointmentParam;
    private long coupleId;
    private String coupleLabel;
    private long partnerAId;
    private long partnerBId;
    private String partnerAName;
    private String partnerBName;
    private List<Appointment> coming = List.of();
    private List<Appointment> earlier = List.of();

    private AppointmentRequest request;
    private String with = JOINT;
    private String bookingWarnedFor;

    private Long openId;
    private Appointment open;
    private LocalDate changeDay;
    private LocalTime changeStart;
    private LocalTime changeEnd;
    private String changePlace;
    private ChangeScope scope = ChangeScope.THIS_ONE;
    private boolean late;
    private boolean attendedA = true;
    private boolean attendedB = true;
    private String moveWarnedFor;

    /** Loads the couple named in the URL (and the appointment to open, if one is named); others' are not found. */
    public void load() {
        coupleId = Ids.parse("Couple", coupleParam);
        Couple couple = couples.findInCare(currentActor.require(), coupleId);
        coupleLabel = couple.getLabel();
        partnerAId = couple.partnerA().getId();
        partnerBId = couple.partnerB().getId();
        partnerAName = couple.partnerA().getFullName();
        partnerBName = couple.partnerB().getFullName();
        if (request == null) {
            request = freshRequest();
        }
        reload();
        if (appointmentParam != null && openId == null) {
            long id = Ids.parse("Appointment", appointmentParam);
            Appointment named = appointments.find(currentActor.require(), id);
            if (named.getCouple().getId() != coupleId) {
                throw new RecordNotFoundException("Appointment", id);
            }
            openAppointment(named);
        }
        pageViews.opened(AuditRecord.COUPLE, coupleId, coupleId, "appointments page");
    }

    private AppointmentRequest freshRequest() {
        AppointmentRequest fresh = new AppointmentRequest();
        fresh.setDay(appointments.today(currentActor.require()).plusDays(7));
        fresh.setStart(LocalTime.of(18, 0));
        fresh.setEnd(LocalTime.of(18, 50));
        return fresh;
    }

    private void reload() {
        List<Appointment> all = appointments.ofCouple(currentActor.require(), coupleId);
        Instant now = clock.instant();
        coming = all.stream().filter(a -> a.getStatus() == AppointmentStatus.SCHEDULED && a.getEndsAt().isAfter(now))
                .sorted(java.util.Comparator.comparing(Appointment::getStartsAt)).toList();
        earlier = all.stream().filter(a -> !coming.contains(a)).toList();
        if (openId != null) {
            open = all.stream().filter(a -> a.getId().equals(openId)).findFirst().orElse(null);
        }
    }

    public void book() {
        book(false);
    }

    /** After the overlap warning: books the same request anyway (only if nothing in it changed since the warning). */
    public void bookAnyway() {
        book(fingerprint().equals(bookingWarnedFor));
    }

    private void book(boolean overlapConfirmed) {
        bookingWarnedFor = null;
        try {
            applyWith();
            List<Appointment> booked = appointments.schedule(currentActor.require(), coupleId, request, overlapConfirmed);
            Messages.info(booked.size() == 1 ? "appointment.booked" : "appointment.bookedSeries", booked.size());
            request = freshRequest();
            with = JOINT;
            reload();
        } catch (DuplicateSuspectedException overlap) {
            bookingWarnedFor = fingerprint();
            Messages.warned(overlap, "bookForm");
        } catch (BusinessRuleException refusal) {
            Messages.refused(refusal, "bookForm");
        }
    }

    private void applyWith() {
        if (with == null || JOINT.equals(with)) {
            request.setKind(AppointmentKind.JOINT);
            request.setPartnerId(null);
        } else {
            request.setKind(AppointmentKind.INDIVIDUAL);
            request.setPartnerId(Ids.parse("Partner", with));
        }
    }

    private String fingerprint() {
        return String.join("|", String.valueOf(request.getDay()), String.valueOf(request.getStart()),
                String.valueOf(request.getEnd()), String.valueOf(request.getCadence()), String.valueOf(request.getUntil()),
                String.valueOf(request.getCount()), String.valueOf(with));
    }

    private void openAppointment(Appointment appointment) {
        if (appointment.getCouple().getId() != coupleId) {
            throw new RecordNotFoundException("Appointment", appointment.getId());
        }
        openId = appointment.getId();
        open = appointment;
        ZoneId zone = appointments.zoneOf(currentActor.require());
        changeDay = appointment.getStartsAt().atZone(zone).toLocalDate();
        changeStart = appointment.getStartsAt().atZone(zone).toLocalTime();
        changeEnd = appointment.getEndsAt().atZone(zone).toLocalTime();
        changePlace = appointment.getPlace();
        scope = ChangeScope.THIS_ONE;
        late = false;
        attendedA = appointment.getKind() == AppointmentKind.JOINT || appointment.getPartner().getId() == partnerAId;
        attendedB = appointment.getKind() == AppointmentKind.JOINT || appointment.getPartner().getId() == partnerBId;
        moveWarnedFor = null;
    }

    public void move() {
        move(false);
    }

    public void moveAnyway() {
        move(moveFingerprint().equals(moveWarnedFor));
    }

    private void move(boolean overlapConfirmed) {
        moveWarnedFor = null;
        try {
            List<Appointment> moved = appointments.move(currentActor.require(), openId, changeDay, changeStart, changeEnd,
                    changePlace, scope, overlapConfirmed, open.getVersion());
            Messages.info(moved.size() == 1 ? "appointment.moved" : "appointment.movedSeries", moved.size());
            afterChange();
        } catch (DuplicateSuspectedException overlap) {
            moveWarnedFor = moveFingerprint();
            Messages.warned(overlap, "changeForm");
        } catch (BusinessRuleException refusal) {
            Messages.refused(refusal, "changeForm");
        } catch (OptimisticLockException lostRace) {
            Messages.refused(lostRace);
        }
    }

    private String moveFingerprint() {
        return openId + "|" + changeDay + "|" + changeStart + "|" + changeEnd + "|" + scope;
    }

    public void cancelAppointment() {
        try {
            List<Appointment> cancelled = appointments.cancel(currentActor.require(), openId, scope, late);
            Messages.info(cancelled.size() == 1 ? "appointment.cancelled" : "appointment.cancelledSeries", cancelled.size());
            afterChange();
        } catch (BusinessRuleException refusal) {
            Messages.refused(refusal, "changeForm");
        }
    }

    public void markHeld() {
        try {
            appointments.markHeld(currentActor.require(), openId, attendedA, attendedB);
            Messages.info("appointment.markedHeld");
            afterChange();
        } catch (BusinessRuleException refusal) {
            Messages.refused(refusal, "outcomeForm");
        }
    }

    public void markNoShow() {
        try {
            appointments.markNoShow(currentActor.require(), openId);
            Messages.info("appointment.markedNoShow");
            afterChange();
        } catch (BusinessRuleException refusal) {
            Messages.refused(refusal, "outcomeForm");
        }
    }

    private void afterChange() {
        Long kept = openId;
        reload();
        if (kept != null) {
            openAppointment(appointments.find(currentActor.require(), kept));
        }
    }

    /** Whom an appointment is with, as the lists say it. */
    public String withWhom(Appointment appointment) {
        if (appointment.getKind() == AppointmentKind.JOINT) {
            return Messages.text("appointment.withBoth");
        }
        return Messages.text("appointment.withOne", appointment.getPartner().getId() == partnerAId ? partnerAName : partnerBName);
    }

    /** The "with" choice of an individual session with one partner. */
    public String withPartner(String name) {
        return Messages.text("appointment.withOne", name);
    }

    /** Whether the open appointment has begun, so it can be marked as it went. */
    public boolean isOpenBegun() {
        return open != null && !open.getStartsAt().isAfter(clock.instant());
    }

    public boolean isOpenScheduled() {
        return open != null && open.getStatus() == AppointmentStatus.SCHEDULED;
    }

    public boolean isOpenJoint() {
        return open != null && open.getKind() == AppointmentKind.JOINT;
    }

    public boolean isBookingWarned() {
        return bookingWarnedFor != null;
    }

    public boolean isMoveWarned() {
        return moveWarnedFor != null;
    }

    public Cadence[] getCadences() {
        return Cadence.values();
    }

    public ChangeScope[] getScopes() {
        return ChangeScope.values();
    }

    public String getCoupleParam() {
        return coupleParam;
    }

    public void setCoupleParam(String coupleParam) {
        this.coupleParam = coupleParam;
    }

    public String getAppointmentParam() {
        return appointmentParam;
    }

    public void setAppointmentParam(String appointmentParam) {
        this.appointmentParam = appointmentParam;
    }

    public long getCoupleId() {
        return coupleId;
    }

    public String getCoupleLabel() {
        return coupleLabel;
    }

    public long getPartnerAId() {
        return partnerAId;
    }

    public long getPartnerBId() {
        return partnerBId;
    }

    public String getPartnerAName() {
        return partnerAName;
    }

    public String getPartnerBName() {
        return partnerBName;
    }

    public List<Appointment> getComing() {
        return coming;
    }

    public List<Appointment> getEarlier() {
        return earlier;
    }

    public AppointmentRequest getRequest() {
        return request;
    }

    public String getWith() {
        return with;
    }

    public void setWith(String with) {
        this.with = with;
    }

    public Appointment getOpen() {
        return open;
    }

    public LocalDate getChangeDay() {
        return changeDay;
    }

    public void setChangeDay(LocalDate changeDay) {
        this.changeDay = changeDay;
    }

    public LocalTime getChangeStart() {
        return changeStart;
    }

    public void setChangeStart(LocalTime changeStart) {
        this.changeStart = changeStart;
    }

    public LocalTime getChangeEnd() {
        return changeEnd;
    }

    public void setChangeEnd(LocalTime changeEnd) {
        this.changeEnd = changeEnd;
    }

    public String getChangePlace() {
        return changePlace;
    }

    public void setChangePlace(String changePlace) {
        this.changePlace = changePlace;
    }

    public ChangeScope getScope() {
        return scope;
    }

    public void setScope(ChangeScope scope) {
        this.scope = scope;
    }

    public boolean isLate() {
        return late;
    }

    public void setLate(boolean late) {
        this.late = late;
    }

    public boolean isAttendedA() {
        return attendedA;
    }

    public void setAttendedA(boolean attendedA) {
        this.attendedA = attendedA;
    }

    public boolean isAttendedB() {
        return attendedB;
    }

    public void setAttendedB(boolean attendedB) {
        this.attendedB = attendedB;
    }
}
