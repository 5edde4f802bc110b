package org.rebuildtrust.notes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import org.rebuildtrust.appointments.Appointment;
import org.rebuildtrust.appointments.AppointmentStatus;
import org.rebuildtrust.audit.AuditAction;
import org.rebuildtrust.audit.AuditRecord;
import org.rebuildtrust.audit.AuditTrail;
import org.rebuildtrust.couples.Couple;
import org.rebuildtrust.couples.CoupleService;
import org.rebuildtrust.homework.Assignment;
import org.rebuildtrust.security.Actor;
import org.rebuildtrust.shared.BusinessRuleException;
import org.rebuildtrust.shared.RecordNotFoundException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Session notes of held appointments. The couple's therapist writes the progress note (a draft, saved as they type),
 * signs it (then it is locked) and adds dated addenda; the admin may read it. A psychotherapy note is its writer's
 * alone. Partners read neither. Every read is in the audit trail.
 */
@ApplicationScoped
@Transactional
public class NoteService {

    /** How old an unsigned note may get before the therapist's home lists it. */
    public static final Duration UNSIGNED_AFTER = Duration.ofDays(3);

    @PersistenceContext
    EntityManager em;

    @Inject
    CoupleService couples;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    protected NoteService() {
        // for CDI
    }

    /** Wired by hand (tests). */
    public NoteService(EntityManager em, CoupleService couples, AuditTrail audit, Clock clock) {
        this.em = em;
        this.couples = couples;
        this.audit = audit;
        this.clock = clock;
    }

    /** A held appointment of a couple in the actor's care (only a held one has notes). */
    public Appointment heldAppointment(@NotNull Actor staff, long appointmentId) {
        Appointment appointment = em.find(Appointment.class, appointmentId);
        if (appointment == null) {
            throw new RecordNotFoundException("Appointment", appointmentId);
        }
        couples.requireInCare(staff, appointment.getCouple().getId());
        if (appointment.getStatus() != AppointmentStatus.HELD) {
            throw new BusinessRuleException("note.notHeld");
        }
        return appointment;
    }

    /** The appointment's progress note, if one was started; the read is audited. */
    public Optional<SessionNote> progressNote(@NotNull Actor staff, long appointmentId) {
        Appointment appointment = heldAppointment(staff, appointmentId);
        Optional<SessionNote> note = noteOf(appointment);
        note.ifPresent(n -> audit.record(staff, AuditAction.VIEW, AuditRecord.SESSION_NOTE, n.getId(),
                appointment.getCouple().getId(), null));
        return note;
    }

    /** Every progress note of the couple (never a psychotherapy note), oldest session first, for its export; audited. */
    public List<SessionNote> progressNotesOfCouple(@NotNull Actor staff, long coupleId) {
        couples.requireInCare(staff, coupleId);
        List<SessionNote> notes = em.createQuery("SELECT n FROM SessionNote n JOIN FETCH n.appointment a"
                        + " WHERE n.couple.id = :couple ORDER BY a.startsAt, n.id", SessionNote.class)
                .setParameter("couple", coupleId)
                .getResultList();
        notes.forEach(n -> audit.record(staff, AuditAction.VIEW, AuditRecord.SESSION_NOTE, n.getId(), coupleId, "export"));
        return notes;
    }

    /** Saves the draft as it stands (also while typing); a signed note is refused, a stale copy too. */
    public SessionNote saveDraft(@NotNull Actor staff, long appointmentId, String data, String assessment, String plan,
                                 Long versionSeen) {
        Appointment appointment = writableAppointment(staff, appointmentId);
        Optional<SessionNote> existing = noteOf(appointment);
        SessionNote note = existing.orElseGet(() -> new SessionNote(appointment, staff.accountId()));
        if (existing.isPresent() && existing.get().isSigned()) {
            throw new BusinessRuleException("note.signedLocked");
        }
        if (existing.isPresent()) {
            note.checkVersionSeen(versionSeen);
        }
        note.write(data, assessment, plan);
        if (existing.isEmpty()) {
            em.persist(note);
        }
        em.flush();
        audit.record(staff, existing.isEmpty() ? AuditAction.CREATE : AuditAction.CHANGE, AuditRecord.SESSION_NOTE,
                note.getId(), appointment.getCouple().getId(), null);
        return note;
    }

    /** Signs the note: only its writer may, and from then on it never changes. */
    public SessionNote sign(@NotNull Actor staff, long appointmentId, Long versionSeen) {
        Appointment appointment = writableAppointment(staff, appointmentId);
        SessionNote note = noteOf(appointment).orElseThrow(() -> new BusinessRuleException("note.empty"));
        if (!note.getAuthorAccountId().equals(staff.accountId())) {
            throw new BusinessRuleException("note.notYours");
        }
        if (versionSeen != null) {
            note.checkVersion(versionSeen);
        }
        note.sign(clock.instant());
        em.flush();
        audit.record(staff, AuditAction.CHANGE, AuditRecord.SESSION_NOTE, note.getId(), appointment.getCouple().getId(), "signed");
        return note;
    }

    /** Adds a dated addendum to a signed note (the couple's therapist). */
    public NoteAddendum addAddendum(@NotNull Actor staff, long appointmentId, String text) {
        Appointment appointment = writableAppointment(staff, appointmentId);
        SessionNote note = noteOf(appointment).orElseThrow(() -> new BusinessRuleException("note.addendumBeforeSigning"));
        NoteAddendum addendum = note.addAddendum(staff.accountId(), text, clock.instant());
        em.persist(addendum);
        em.flush();
        audit.record(staff, AuditAction.CREATE, AuditRecord.SESSION_NOTE, note.getId(), appointment.getCouple().getId(), "addendum");
        return addendum;
    }

    /** The actor's own psychotherapy note of the appointment; nobody else's is ever returned. The read is audited. */
    public Optional<PsychotherapyNote> myPsychotherapyNote(@NotNull Actor staff, long appointmentId) {
        Appointment appointment = writableAppointment(staff, appointmentId);
        Optional<PsychotherapyNote> note = psychotherapyNoteOf(appointment, staff.accountId());
        note.ifPresent(n -> audit.record(staff, AuditAction.VIEW, AuditRecord.PSYCHOTHERAPY_NOTE, n.getId(),
                appointment.getCouple().getId(), null));
        return note;
    }

    public PsychotherapyNote savePsychotherapyNote(@NotNull Actor staff, long appointmentId, String text, Long versionSeen) {
        Appointment appointment = writableAppointment(staff, appointmentId);
        Optional<PsychotherapyNote> existing = psychotherapyNoteOf(appointment, staff.accountId());
        PsychotherapyNote note = existing.orElseGet(() -> new PsychotherapyNote(appointment, staff.accountId()));
        if (existing.isPresent()) {
            note.checkVersionSeen(versionSeen);
        }
        note.write(text);
        if (existing.isEmpty()) {
            em.persist(note);
        }
        em.flush();
        audit.record(staff, existing.isEmpty() ? AuditAction.CREATE : AuditAction.CHANGE, AuditRecord.PSYCHOTHERAPY_NOTE,
                note.getId(), appointment.getCouple().getId(), null);
        return note;
    }

    /** Homework given to the couple since their previous held session, for the progress note. */
    public List<Assignment> homeworkSincePrevious(@NotNull Actor staff, long appointmentId) {
        Appointment appointment = heldAppointment(staff, appointmentId);
        Couple couple = appointment.getCouple();
        Instant from = em.createQuery("SELECT MAX(a.startsAt) FROM Appointment a WHERE a.couple = :couple"
                        + " AND a.status = :held AND a.startsAt < :start", Instant.class)
                .setParameter("couple", couple)
                .setParameter("held", AppointmentStatus.HELD)
                .setParameter("start", appointment.getStartsAt())
                .getSingleResult();
        return em.createQuery("SELECT a FROM Assignment a JOIN FETCH a.template WHERE a.couple = :couple"
                        + " AND a.createdAt >= :from AND a.createdAt < :to ORDER BY a.createdAt, a.id", Assignment.class)
                .setParameter("couple", couple)
                .setParameter("from", from == null ? Instant.EPOCH : from)
                .setParameter("to", appointment.getEndsAt())
                .getResultList();
    }

    /** The therapist's own notes left unsigned for more than three days, oldest first, for their home. */
    public List<SessionNote> unsignedOverdue(@NotNull Actor therapist) {
        if (!therapist.isTherapist()) {
            return List.of();
        }
        return em.createQuery("SELECT n FROM SessionNote n JOIN FETCH n.appointment JOIN FETCH n.couple"
                        + " WHERE n.authorAccountId = :me AND n.signedAt IS NULL AND n.createdAt < :cutoff"
                        + " ORDER BY n.createdAt", SessionNote.class)
                .setParameter("me", therapist.accountId())
                .setParameter("cutoff", clock.instant().minus(UNSIGNED_AFTER))
                .getResultList();
    }

    /** Notes are written by the couple's therapist; the admin reads them but writes none. */
    private Appointment writableAppointment(Actor staff, long appointmentId) {
        if (!staff.isTherapist()) {
            throw new RecordNotFoundException("Appointment", appointmentId);
        }
        return heldAppointment(staff, appointmentId);
    }

    private Optional<SessionNote> noteOf(Appointment appointment) {
        return em.createQuery("SELECT n FROM SessionNote n WHERE n.appointment = :appointment", SessionNote.class)
                .setParameter("appointment", appointment)
                .getResultStream().findFirst();
    }

    private Optional<PsychotherapyNote> psychotherapyNoteOf(Appointment appointment, long author) {
        return em.createQuery("SELECT n FROM PsychotherapyNote n WHERE n.appointment = :appointment"
                        + " AND n.authorAccountId = :author", PsychotherapyNote.class)
                .setParameter("appointment", appointment)
                .setParameter("author", author)
                .getResultStream().findFirst();
    }
}
