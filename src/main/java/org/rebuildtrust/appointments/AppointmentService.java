package org.rebuildtrust.appointments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import org.eclipse.persistence.config.QueryHints;
import org.rebuildtrust.audit.AuditAction;
import org.rebuildtrust.audit.AuditRecord;
import org.rebuildtrust.audit.AuditTrail;
import org.rebuildtrust.couples.Couple;
import org.rebuildtrust.couples.CoupleService;
import org.rebuildtrust.couples.Partner;
import org.rebuildtrust.practice.PracticeSettings;
import org.rebuildtrust.security.Actor;
import org.rebuildtrust.sessions.HeldSession;
import org.rebuildtrust.sessions.SessionService;
import org.rebuildtrust.shared.BusinessRuleException;
import org.rebuildtrust.shared.DuplicateSuspectedException;
import org.rebuildtrust.shared.RecordNotFoundException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Appointments of the couples in a therapist's care: scheduling (once or as a series), moving and cancelling one
 * occurrence or it and the following ones, marking how it went, and what each person may see of them. Times arrive
 * and leave in the practice's local time; they are stored as instants.
 */
@ApplicationScoped
@Transactional
public class AppointmentService {

    /** How far ahead an appointment may be booked, and how far back one may be entered late. */
    static final int YEARS_AHEAD = 2;
    static final int YEARS_BACK = 1;
    /** How many appointments the portal lists ahead. */
    public static final int PORTAL_AHEAD = 8;

    @PersistenceContext
    EntityManager em;

    @Inject
    CoupleService couples;

    @Inject
    SessionService sessions;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    protected AppointmentService() {
        // for CDI
    }

    /** Wired by hand (tests). */
    public AppointmentService(EntityManager em, CoupleService couples, SessionService sessions, AuditTrail audit,
                              Clock clock) {
        this.em = em;
        this.couples = couples;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    /** The zone the actor's practice keeps its calendar in. */
    public ZoneId zoneOf(@NotNull Actor actor) {
        return PracticeSettings.zoneOf(em, actor);
    }

    /**
     * Books an appointment, or every occurrence of a series, for a couple in the actor's care. One that overlaps
     * another appointment of the same therapist is booked only once the therapist confirms it.
     */
    public List<Appointment> schedule(@NotNull Actor staff, long coupleId, @NotNull AppointmentRequest request,
                                      boolean overlapConfirmed) {
        Couple couple = couples.findInCare(staff, coupleId);
        ZoneId zone = zoneOf(staff);
        requireTimes(request.getDay(), request.getStart(), request.getEnd());
        checkDay(request.getDay(), zone);
        int minutes = minutesBetween(request.getStart(), request.getEnd());
        Appointment.checkDuration(minutes);
        String place = cleanPlace(request.getPlace());
        Partner partner = partnerOf(couple, request.getKind(), request.getPartnerId());
        List<ZonedDateTime> starts = Recurrence.occurrences(request.getDay(), request.getStart(), zone,
                request.getCadence(), request.getUntil(), request.getCount());
        if (request.getUntil() != null) {
            checkDay(request.getUntil(), zone);
        }
        List<Instant> instants = starts.stream().map(ZonedDateTime::toInstant).toList();
        if (!overlapConfirmed) {
            refuseOverlap(couple, instants, minutes, Set.of(), zone);
        }
        AppointmentSeries series = null;
        if (request.getCadence() != null) {
            series = new AppointmentSeries(couple, request.getCadence());
            em.persist(series);
        }
        List<Appointment> booked = new ArrayList<>();
        for (Instant start : instants) {
            Appointment appointment = new Appointment(couple, series, start, minutes, request.getKind(), partner, place);
            em.persist(appointment);
            booked.add(appointment);
        }
        em.flush();
        keepNextAppointment(coupleId);
        audit.record(staff, AuditAction.CREATE, AuditRecord.APPOINTMENT, booked.get(0).getId(), coupleId,
                booked.size() == 1 ? null : booked.size() + " occurrences");
        return booked;
    }

    /**
     * Moves a scheduled appointment to another day and time (and length, and place), or, for
     * {@link ChangeScope#THIS_AND_FOLLOWING}, every scheduled occurrence of its series from this one on by the same
     * number of days, each to the new wall-clock time. A stale copy (changed meanwhile) is refused.
     */
    public List<Appointment> move(@NotNull Actor staff, long appointmentId, LocalDate day, LocalTime start,
                                  LocalTime end, String place, @NotNull ChangeScope scope, boolean overlapConfirmed,
                                  Long versionSeen) {
        Appointment appointment = findForStaff(staff, appointmentId);
        if (versionSeen != null) {
            appointment.checkVersion(versionSeen);
        }
        appointment.requireScheduled();
        requireTimes(day, start, end);
        ZoneId zone = zoneOf(staff);
        checkDay(day, zone);
        int minutes = minutesBetween(start, end);
        Appointment.checkDuration(minutes);
        String newPlace = cleanPlace(place);
        LocalDate oldDay = appointment.getStartsAt().atZone(zone).toLocalDate();
        long dayShift = ChronoUnit.DAYS.between(oldDay, day);
        List<Appointment> moving = scope == ChangeScope.THIS_AND_FOLLOWING && appointment.isInSeries()
                ? followingInSeries(appointment) : List.of(appointment);
        List<Instant> newStarts = moving.stream()
                .map(a -> Recurrence.at(a.getStartsAt().atZone(zone).toLocalDate().plusDays(dayShift), start, zone)
                        .toInstant())
                .toList();
        if (!overlapConfirmed) {
            refuseOverlap(appointment.getCouple(), newStarts, minutes,
                    moving.stream().map(Appointment::getId).collect(Collectors.toSet()), zone);
        }
        for (int i = 0; i < moving.size(); i++) {
            moving.get(i).moveTo(newStarts.get(i), minutes);
            moving.get(i).changePlace(newPlace);
        }
        em.flush();
        keepNextAppointment(appointment.getCouple().getId());
        audit.record(staff, AuditAction.CHANGE, AuditRecord.APPOINTMENT, appointment.getId(),
                appointment.getCouple().getId(), moving.size() == 1 ? "moved" : "moved with " + (moving.size() - 1) + " following");
        return moving;
    }

    /**
     * Moves one appointment to a new start and end, as dragged on the calendar (local times of the practice); a copy
     * moved meanwhile by someone else (the version the calendar showed is stale) is refused, not overwritten.
     */
    public Appointment moveTo(@NotNull Actor staff, long appointmentId, @NotNull LocalDateTime newStart,
                              @NotNull LocalDateTime newEnd, boolean overlapConfirmed, Long versionSeen) {
        Appointment appointment = findForStaff(staff, appointmentId);
        if (!newEnd.toLocalDate().equals(newStart.toLocalDate()) && !newEnd.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            throw new BusinessRuleException("appointment.tooLong", "endTime", Appointment.MAX_MINUTES / 60);
        }
        LocalTime end = newEnd.toLocalDate().equals(newStart.toLocalDate()) ? newEnd.toLocalTime() : LocalTime.MAX;
        return move(staff, appointmentId, newStart.toLocalDate(), newStart.toLocalTime(), end, appointment.getPlace(),
                ChangeScope.THIS_ONE, overlapConfirmed, versionSeen).get(0);
    }

    /** Cancels a scheduled appointment, or it and the following ones of its series; late when the couple cancelled late. */
    public List<Appointment> cancel(@NotNull Actor staff, long appointmentId, @NotNull ChangeScope scope, boolean late) {
        Appointment appointment = findForStaff(staff, appointmentId);
        appointment.requireScheduled();
        List<Appointment> cancelling = scope == ChangeScope.THIS_AND_FOLLOWING && appointment.isInSeries()
                ? followingInSeries(appointment) : List.of(appointment);
        for (Appointment each : cancelling) {
            // only the first can be late: the following ones are cancelled in good time
            each.cancel(late && each == appointment);
        }
        em.flush();
        keepNextAppointment(appointment.getCouple().getId());
        audit.record(staff, AuditAction.CHANGE, AuditRecord.APPOINTMENT, appointment.getId(),
                appointment.getCouple().getId(), cancelling.size() == 1 ? "cancelled" : "cancelled with " + (cancelling.size() - 1) + " following");
        return cancelling;
    }

    /**
     * Marks an appointment that has begun as held, with who attended: it becomes the couple's held session of that
     * day, the new boundary of "since the last session".
     */
    public Appointment markHeld(@NotNull Actor staff, long appointmentId, boolean partnerAAttended,
                                boolean partnerBAttended) {
        Appointment appointment = findForStaff(staff, appointmentId);
        appointment.requireScheduled();
        if (appointment.getStartsAt().isAfter(clock.instant())) {
            throw new BusinessRuleException("appointment.notYet");
        }
        ZoneId zone = zoneOf(staff);
        HeldSession held = sessions.record(staff, appointment.getCouple().getId(),
                appointment.getStartsAt().atZone(zone).toLocalDate(), partnerAAttended, partnerBAttended, true,
                LocalDate.now(clock.withZone(zone)));
        appointment.markHeld(held);
        em.flush();
        keepNextAppointment(appointment.getCouple().getId());
        audit.record(staff, AuditAction.CHANGE, AuditRecord.APPOINTMENT, appointment.getId(),
                appointment.getCouple().getId(), "held");
        return appointment;
    }

    /** Marks an appointment that has begun as missed without notice. */
    public Appointment markNoShow(@NotNull Actor staff, long appointmentId) {
        Appointment appointment = findForStaff(staff, appointmentId);
        if (appointment.getStartsAt().isAfter(clock.instant())) {
            throw new BusinessRuleException("appointment.notYet");
        }
        appointment.markNoShow();
        em.flush();
        keepNextAppointment(appointment.getCouple().getId());
        audit.record(staff, AuditAction.CHANGE, AuditRecord.APPOINTMENT, appointment.getId(),
                appointment.getCouple().getId(), "no-show");
        return appointment;
    }

    /**
     * Records a session that took place without having been booked (or whose booking was not kept here): a held
     * session of that day, and a held appointment of that day without a time.
     */
    public HeldSession recordHeldSession(@NotNull Actor staff, long coupleId, LocalDate heldOn,
                                         boolean partnerAAttended, boolean partnerBAttended, boolean sameDayConfirmed) {
        HeldSession held = sessions.record(staff, coupleId, heldOn, partnerAAttended, partnerBAttended, sameDayConfirmed,
                today(staff));
        Instant noon = Recurrence.at(heldOn, LocalTime.NOON, zoneOf(staff)).toInstant();
        em.persist(Appointment.heldOnTheDay(held.getCouple(), noon, held));
        return held;
    }

    /** Writes down when the couple's next scheduled appointment starts, for the caseload. */
    void keepNextAppointment(long coupleId) {
        em.createNativeQuery("UPDATE couple SET next_appointment_at = (SELECT MIN(a.starts_at) FROM appointment a"
                        + " WHERE a.couple_id = ?1 AND a.status = 'SCHEDULED' AND a.starts_at >= ?2) WHERE id = ?1")
                .setParameter(1, coupleId)
                .setParameter(2, java.sql.Timestamp.from(clock.instant()))
                .executeUpdate();
        em.getEntityManagerFactory().getCache().evict(Couple.class, coupleId);
    }

    /**
     * Moves every couple whose next appointment has begun on to the one after it: one statement for all couples,
     * touching only those rows. Run every minute (by any instance: it gives the same result however often it runs).
     */
    public int moveOnBegunNextAppointments() {
        java.sql.Timestamp now = java.sql.Timestamp.from(clock.instant());
        return em.createNativeQuery("UPDATE couple SET next_appointment_at = (SELECT MIN(a.starts_at) FROM appointment a"
                        + " WHERE a.couple_id = couple.id AND a.status = 'SCHEDULED' AND a.starts_at >= ?1)"
                        + " WHERE next_appointment_at < ?1")
                .setParameter(1, now)
                .executeUpdate();
    }

    /** One appointment of a couple in the actor's care. */
    public Appointment find(@NotNull Actor staff, long appointmentId) {
        return findForStaff(staff, appointmentId);
    }

    /** The couple's appointments, latest first. */
    public List<Appointment> ofCouple(@NotNull Actor staff, long coupleId) {
        couples.requireInCare(staff, coupleId);
        return em.createQuery("SELECT a FROM Appointment a LEFT JOIN FETCH a.partner WHERE a.couple.id = :couple"
                        + " ORDER BY a.startsAt DESC, a.id DESC", Appointment.class)
                .setParameter("couple", coupleId)
                .getResultList();
    }

    /**
     * The appointments between two instants that the actor's calendar shows: a therapist's own couples'; for an admin
     * the practice's, or one therapist's when {@code therapistId} is given.
     */
    public List<Appointment> calendar(@NotNull Actor staff, Long therapistId, @NotNull Instant from, @NotNull Instant to) {
        if (staff.isClient()) {
            return List.of();
        }
        String who;
        if (staff.isAdmin()) {
            who = therapistId == null ? "c.practice.id = :practice" : "c.practice.id = :practice AND c.therapist.id = :therapist";
        } else {
            who = "c.therapist.account.id = :account";
        }
        var query = em.createQuery("SELECT a FROM Appointment a JOIN FETCH a.couple c JOIN FETCH c.therapist LEFT JOIN FETCH a.partner"
                        + " WHERE " + who + " AND a.startsAt < :to AND a.startsAt >= :from ORDER BY a.startsAt, a.id",
                Appointment.class)
                .setParameter("from", from.minus(Duration.ofMinutes(Appointment.MAX_MINUTES)))
                .setParameter("to", to);
        if (staff.isAdmin()) {
            query.setParameter("practice", staff.practiceId());
            if (therapistId != null) {
                query.setParameter("therapist", therapistId);
            }
        } else {
            query.setParameter("account", staff.accountId());
        }
        return query.getResultList().stream().filter(a -> a.getEndsAt().isAfter(from)).toList();
    }

    /** The actor's appointments of one day of the practice's calendar, cancelled ones included (they free the time). */
    public List<Appointment> agenda(@NotNull Actor staff, @NotNull LocalDate day) {
        ZoneId zone = zoneOf(staff);
        return calendar(staff, null, day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant())
                .stream().filter(Appointment::isTimeKnown).toList();
    }

    /** The day the practice is living, in its own zone. */
    public LocalDate today(@NotNull Actor actor) {
        return PracticeSettings.todayOf(em, actor, clock);
    }

    /**
     * A partner's coming appointments: the couple's joint sessions and their own individual ones, never the other
     * partner's individual sessions.
     */
    public List<Appointment> comingForPartner(@NotNull Actor client) {
        CoupleService.OwnSeat own = couples.ownSeat(client);
        return em.createQuery("SELECT a FROM Appointment a WHERE a.couple.id = :couple AND a.status = :scheduled"
                        + " AND a.startsAt >= :now AND (a.kind = :joint OR a.partner.id = :partner)"
                        + " ORDER BY a.startsAt, a.id", Appointment.class)
                .setParameter("couple", own.coupleId())
                .setParameter("scheduled", AppointmentStatus.SCHEDULED)
                .setParameter("now", clock.instant().minus(Duration.ofHours(1)))
                .setParameter("joint", AppointmentKind.JOINT)
                .setParameter("partner", own.partnerId())
                .setHint(QueryHints.FETCH, "a.couple") // each is titled with the couple's therapist's name
                .setHint(QueryHints.FETCH, "a.couple.therapist")
                .setMaxResults(PORTAL_AHEAD)
                .getResultList();
    }

    /** One appointment a partner may see (for its calendar file); anything else is not found. */
    public Appointment forPartner(@NotNull Actor client, long appointmentId) {
        Partner own = couples.findOwnPartner(client);
        Appointment appointment = em.find(Appointment.class, appointmentId);
        if (appointment == null || !appointment.getCouple().getId().equals(own.getCouple().getId())
                || !appointment.isFor(own)) {
            throw new RecordNotFoundException("Appointment", appointmentId);
        }
        return appointment;
    }

    private Appointment findForStaff(Actor staff, long appointmentId) {
        Appointment appointment = em.find(Appointment.class, appointmentId);
        if (appointment == null) {
            throw new RecordNotFoundException("Appointment", appointmentId);
        }
        couples.requireInCare(staff, appointment.getCouple().getId());
        return appointment;
    }

    private List<Appointment> followingInSeries(Appointment appointment) {
        return em.createQuery("SELECT a FROM Appointment a WHERE a.series = :series AND a.status = :scheduled"
                        + " AND (a.startsAt > :start OR a.id = :id) ORDER BY a.startsAt, a.id", Appointment.class)
                .setParameter("series", appointment.getSeries())
                .setParameter("scheduled", AppointmentStatus.SCHEDULED)
                .setParameter("start", appointment.getStartsAt())
                .setParameter("id", appointment.getId())
                .getResultList();
    }

    /**
     * Refuses, until confirmed, a booking whose any occurrence overlaps another appointment of the couple's therapist
     * that still takes their time. The message names the first clash.
     */
    private void refuseOverlap(Couple couple, List<Instant> starts, int minutes, Collection<Long> movingIds, ZoneId zone) {
        Instant earliest = starts.get(0).minus(Duration.ofMinutes(Appointment.MAX_MINUTES));
        Instant latest = starts.get(starts.size() - 1).plus(Duration.ofMinutes(minutes));
        List<Appointment> nearby = em.createQuery("SELECT a FROM Appointment a WHERE a.couple.therapist = :therapist"
                        + " AND a.status IN :busy AND a.timeKnown = TRUE AND a.startsAt > :earliest AND a.startsAt < :latest",
                        Appointment.class)
                .setParameter("therapist", couple.getTherapist())
                .setParameter("busy", List.of(AppointmentStatus.SCHEDULED, AppointmentStatus.HELD))
                .setParameter("earliest", earliest)
                .setParameter("latest", latest)
                .getResultList();
        for (Instant start : starts) {
            Instant end = start.plus(Duration.ofMinutes(minutes));
            Optional<Appointment> clash = nearby.stream()
                    .filter(a -> !movingIds.contains(a.getId()) && a.overlaps(start, end))
                    .findFirst();
            if (clash.isPresent()) {
                ZonedDateTime at = clash.get().getStartsAt().atZone(zone);
                throw new DuplicateSuspectedException("appointment.overlap", "start", at.toLocalDate(), at.toLocalTime());
            }
        }
    }

    private static void requireTimes(LocalDate day, LocalTime start, LocalTime end) {
        if (day == null) {
            throw new BusinessRuleException("appointment.dayMissing", "day");
        }
        if (start == null) {
            throw new BusinessRuleException("appointment.startMissing", "start");
        }
        if (end == null) {
            throw new BusinessRuleException("appointment.endMissing", "endTime");
        }
    }

    private void checkDay(LocalDate day, ZoneId zone) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        if (day.isBefore(today.minusYears(YEARS_BACK)) || day.isAfter(today.plusYears(YEARS_AHEAD))) {
            throw new BusinessRuleException("appointment.dayRange", "day", YEARS_BACK, YEARS_AHEAD);
        }
    }

    /** Minutes from start to end on one day; an end of 00:00 or 23:59:59.999 means midnight at the day's end. */
    static int minutesBetween(LocalTime start, LocalTime end) {
        if (end.equals(LocalTime.MAX)) {
            return (int) Duration.between(start, LocalTime.MIDNIGHT).plusDays(1).toMinutes();
        }
        return (int) Duration.between(start, end).toMinutes();
    }

    private static String cleanPlace(String place) {
        if (place == null || place.isBlank()) {
            return null;
        }
        String trimmed = place.strip();
        if (trimmed.length() > Appointment.PLACE_LENGTH) {
            throw new BusinessRuleException("appointment.placeTooLong", "place", Appointment.PLACE_LENGTH);
        }
        return trimmed;
    }

    private static Partner partnerOf(Couple couple, AppointmentKind kind, Long partnerId) {
        if (kind == null) {
            throw new BusinessRuleException("appointment.kindMissing", "kind");
        }
        if (kind == AppointmentKind.JOINT) {
            return null;
        }
        if (partnerId == null) {
            throw new BusinessRuleException("appointment.partnerMissing", "partnerId");
        }
        return couple.getPartners().stream().filter(p -> p.getId().equals(partnerId)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("Partner", partnerId));
    }
}
