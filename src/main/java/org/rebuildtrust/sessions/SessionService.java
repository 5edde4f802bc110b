package org.rebuildtrust.sessions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import org.rebuildtrust.audit.AuditAction;
import org.rebuildtrust.audit.AuditRecord;
import org.rebuildtrust.audit.AuditTrail;
import org.rebuildtrust.couples.Couple;
import org.rebuildtrust.couples.CoupleService;
import org.rebuildtrust.security.Actor;

import org.rebuildtrust.shared.DateRange;
import org.rebuildtrust.shared.DuplicateSuspectedException;

import java.time.Period;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Held sessions of the couples in a therapist's care. */
@ApplicationScoped
@Transactional
public class SessionService {

    /** A session is recorded once it took place, and not before the couple's therapy started. */
    public static final DateRange HELD_ON_DATES = new DateRange(DateRange.LIVING_MEMORY, Period.ZERO,
            "session.dateRange", "heldOn");


    @PersistenceContext
    EntityManager em;

    @Inject
    CoupleService couples;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    protected SessionService() {
        // for CDI
    }

    public SessionService(EntityManager em, CoupleService couples, AuditTrail audit, Clock clock) {
        this.audit = audit;
        this.em = em;
        this.couples = couples;
        this.clock = clock;
    }

    public HeldSession record(@NotNull Actor staff, long coupleId, LocalDate heldOn, boolean partnerAAttended,
                              boolean partnerBAttended) {
        return record(staff, coupleId, heldOn, partnerAAttended, partnerBAttended, false);
    }

    /**
     * Records a held session. A second one on a day that already has one is most likely the same session entered
     * twice (held sessions cannot be removed), so it is recorded only once the therapist confirms it.
     */
    public HeldSession record(@NotNull Actor staff, long coupleId, LocalDate heldOn, boolean partnerAAttended,
                              boolean partnerBAttended, boolean sameDayConfirmed) {
        return record(staff, coupleId, heldOn, partnerAAttended, partnerBAttended, sameDayConfirmed, LocalDate.now(clock));
    }

    /**
     * Records a held session against the given today: the practice's own day (in its time zone), which can be a day
     * ahead of the server's UTC one (a morning session in Sydney).
     */
    public HeldSession record(@NotNull Actor staff, long coupleId, LocalDate heldOn, boolean partnerAAttended,
                              boolean partnerBAttended, boolean sameDayConfirmed, LocalDate today) {
        Couple couple = couples.findInCare(staff, coupleId);
        HELD_ON_DATES.check(heldOn, today, couple.getStartDate());
        if (!sameDayConfirmed && heldOn != null && ofCouple(staff, coupleId).stream().anyMatch(s -> heldOn.equals(s.getHeldOn()))) {
            throw new DuplicateSuspectedException("session.sameDay", "heldOn");
        }
        HeldSession session = new HeldSession(couple, heldOn, partnerAAttended, partnerBAttended, staff.accountId(),
                today);
        em.persist(session);
        openNote(coupleId).ifPresent(note -> note.keepWith(session));
        audit.record(staff, AuditAction.CREATE, AuditRecord.SESSION, session.getId(), coupleId, null);
        couples.touch(couple);
        return session;
    }

    /** The preparation note for the coming session, if the therapist started one. */
    public Optional<PrepNote> prepNote(@NotNull Actor staff, long coupleId) {
        couples.requireInCare(staff, coupleId);
        return openNote(coupleId);
    }

    /** Writes the preparation note for the coming session; a stale copy (someone saved meanwhile) is refused. */
    public PrepNote savePrepNote(@NotNull Actor staff, long coupleId, String text, Long versionSeen) {
        Couple couple = couples.findInCare(staff, coupleId);
        Optional<PrepNote> open = openNote(coupleId);
        if (open.isPresent()) {
            if (versionSeen != null) {
                open.get().checkVersion(versionSeen);
            }
            open.get().write(text);
            em.flush();
            audit.record(staff, AuditAction.CHANGE, AuditRecord.PREP_NOTE, open.get().getId(), coupleId, null);
            return open.get();
        }
        PrepNote note = new PrepNote(couple, staff.accountId(), text);
        em.persist(note);
        em.flush();
        audit.record(staff, AuditAction.CREATE, AuditRecord.PREP_NOTE, note.getId(), coupleId, null);
        return note;
    }

    /** The notes kept with each held session of the couple, by session id. */
    public java.util.Map<Long, String> keptNotes(@NotNull Actor staff, long coupleId) {
        couples.requireInCare(staff, coupleId);
        java.util.Map<Long, String> notes = new java.util.HashMap<>();
        em.createQuery("SELECT n FROM PrepNote n WHERE n.couple.id = :couple AND n.heldSession IS NOT NULL", PrepNote.class)
                .setParameter("couple", coupleId)
                .getResultList()
                .forEach(n -> notes.put(n.getHeldSession().getId(), n.getText()));
        return notes;
    }

    private Optional<PrepNote> openNote(long coupleId) {
        return em.createQuery("SELECT n FROM PrepNote n WHERE n.couple.id = :couple AND n.heldSession IS NULL", PrepNote.class)
                .setParameter("couple", coupleId)
                .getResultStream().findFirst();
    }

    /** The couple's held sessions, newest first. */
    public List<HeldSession> ofCouple(@NotNull Actor staff, long coupleId) {
        couples.requireInCare(staff, coupleId);
        return em.createQuery("SELECT s FROM HeldSession s WHERE s.couple.id = :couple ORDER BY s.heldOn DESC, s.id DESC",
                        HeldSession.class)
                .setParameter("couple", coupleId)
                .getResultList();
    }

    /**
     * The couple's held sessions, newest first, each with the preparation note kept with it (null if none), in one
     * statement: the couple page lists them together, and read them in two.
     */
    public List<HeldWithNote> ofCoupleWithNotes(@NotNull Actor staff, long coupleId) {
        couples.requireInCare(staff, coupleId);
        return em.createQuery("SELECT s, n.text FROM HeldSession s LEFT JOIN PrepNote n ON n.heldSession = s"
                        + " WHERE s.couple.id = :couple ORDER BY s.heldOn DESC, s.id DESC", Object[].class)
                .setParameter("couple", coupleId)
                .getResultStream()
                .map(row -> new HeldWithNote((HeldSession) row[0], (String) row[1]))
                .toList();
    }

    /** A held session and the preparation note kept with it, if one was. */
    public record HeldWithNote(HeldSession session, String keptNote) {
    }

    /**
     * Where the between-session review starts: the day of the newest held session (none before the first), and the
     * preparation note open for the coming session (none if not started), in one statement.
     */
    public SinceLastSession sinceLastSession(@NotNull Actor staff, long coupleId) {
        couples.requireInCare(staff, coupleId);
        Object[] row = em.createQuery("SELECT (SELECT MAX(s.heldOn) FROM HeldSession s WHERE s.couple = c), n"
                        + " FROM Couple c LEFT JOIN PrepNote n ON n.couple = c AND n.heldSession IS NULL"
                        + " WHERE c.id = :couple", Object[].class)
                .setParameter("couple", coupleId)
                .getResultStream().findFirst()
                .orElseThrow(() -> new org.rebuildtrust.shared.RecordNotFoundException("Couple", coupleId));
        // the subquery's MAX comes back as the driver's type, not converted as a mapped attribute would be
        LocalDate lastHeldOn = row[0] instanceof java.sql.Date day ? day.toLocalDate() : (LocalDate) row[0];
        return new SinceLastSession(Optional.ofNullable(lastHeldOn), Optional.ofNullable((PrepNote) row[1]));
    }

    /** The day of the newest held session, and the open preparation note. */
    public record SinceLastSession(Optional<LocalDate> lastHeldOn, Optional<PrepNote> openNote) {
    }
}
