package org.rebuildtrust.intake;

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
import org.rebuildtrust.security.Actor;
import org.rebuildtrust.shared.RecordNotFoundException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Intakes and safety flags. A partner reads and writes only their own intake; the couple's therapist (and the admin)
 * read both once sent, each read in the audit trail. A sent screen with any yes raises a safety flag, which holds back
 * joint and reveal-together homework until the therapist records a decision.
 */
@ApplicationScoped
@Transactional
public class IntakeService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CoupleService couples;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    protected IntakeService() {
        // for CDI
    }

    /** Wired by hand (tests). */
    public IntakeService(EntityManager em, CoupleService couples, AuditTrail audit, Clock clock) {
        this.em = em;
        this.couples = couples;
        this.audit = audit;
        this.clock = clock;
    }

    /** The partner's own intake, if they started one. */
    public Optional<Intake> mine(@NotNull Actor client) {
        return intakeOf(couples.ownSeat(client).partnerId());
    }

    /** Keeps what the partner wrote so far; a copy changed meanwhile (another device) is refused. */
    public Intake save(@NotNull Actor client, @NotNull IntakeAnswers answers, Long versionSeen) {
        Partner own = couples.findOwnPartner(client);
        Optional<Intake> existing = intakeOf(own.getId());
        Intake intake = existing.orElseGet(() -> new Intake(own));
        if (existing.isPresent() && existing.get().isSubmitted()) {
            throw new org.rebuildtrust.shared.BusinessRuleException("intake.alreadySent");
        }
        if (existing.isPresent()) {
            intake.checkVersionSeen(versionSeen);
        }
        intake.write(answers);
        if (existing.isEmpty()) {
            em.persist(intake);
        }
        em.flush();
        audit.record(client, existing.isEmpty() ? AuditAction.CREATE : AuditAction.CHANGE, AuditRecord.INTAKE,
                intake.getId(), own.getCouple().getId(), null);
        return intake;
    }

    /** Sends the intake to the therapist; a yes on the screen raises a safety flag on the couple. */
    public Intake submit(@NotNull Actor client, @NotNull IntakeAnswers answers, Long versionSeen) {
        Intake intake = save(client, answers, versionSeen);
        intake.submit(clock.instant());
        Couple couple = intake.getPartner().getCouple();
        if (intake.isScreenPositive()) {
            SafetyFlag flag = new SafetyFlag(couple, intake, clock.instant());
            em.persist(flag);
            em.flush();
            audit.record(client, AuditAction.CREATE, AuditRecord.SAFETY_FLAG, flag.getId(), couple.getId(), null);
            keepSafetyState(couple.getId());
        }
        em.flush();
        audit.record(client, AuditAction.CHANGE, AuditRecord.INTAKE, intake.getId(), couple.getId(), "sent");
        couples.touch(couple);
        return intake;
    }

    /** The couple's sent intakes, partner A's first, for its therapist; each read is audited. */
    public List<Intake> sentOfCouple(@NotNull Actor staff, long coupleId) {
        couples.requireInCare(staff, coupleId);
        List<Intake> sent = em.createQuery("SELECT i FROM Intake i JOIN FETCH i.partner p WHERE p.couple.id = :couple"
                        + " AND i.status = :sent ORDER BY p.seat", Intake.class)
                .setParameter("couple", coupleId)
                .setParameter("sent", Intake.Status.SUBMITTED)
                .getResultList();
        sent.forEach(i -> audit.record(staff, AuditAction.VIEW, AuditRecord.INTAKE, i.getId(), coupleId, null));
        return sent;
    }

    /**
     * One partner's sent intake, for the couple's therapist who asked to read it; the read is audited. Empty when that
     * partner has sent none (or is not of this couple). The couple page shows each intake on demand: opening the page
     * no longer reads (and records as read) both partners' intakes.
     */
    public java.util.Optional<Intake> sentIntakeOf(@NotNull Actor staff, long coupleId, long partnerId) {
        couples.requireInCare(staff, coupleId);
        java.util.Optional<Intake> sent = em.createQuery("SELECT i FROM Intake i WHERE i.partner.id = :partner"
                        + " AND i.partner.couple.id = :couple AND i.status = :sent", Intake.class)
                .setParameter("partner", partnerId)
                .setParameter("couple", coupleId)
                .setParameter("sent", Intake.Status.SUBMITTED)
                .getResultStream().findFirst();
        sent.ifPresent(i -> audit.record(staff, AuditAction.VIEW, AuditRecord.INTAKE, i.getId(), coupleId, null));
        return sent;
    }

    /** Where each partner's intake stands (none, being written, sent), by partner id; nothing of its content. */
    public java.util.Map<Long, Intake.Status> statusesOfCouple(@NotNull Actor staff, long coupleId) {
        couples.requireInCare(staff, coupleId);
        java.util.Map<Long, Intake.Status> statuses = new java.util.HashMap<>();
        // the two columns, not the intakes: neither their content nor (one statement each) their partners
        em.createQuery("SELECT i.partner.id, i.status FROM Intake i WHERE i.partner.couple.id = :couple", Object[].class)
                .setParameter("couple", coupleId)
                .getResultList()
                .forEach(row -> statuses.put(((Number) row[0]).longValue(), (Intake.Status) row[1]));
        return statuses;
    }

    /** The couple's safety flags, newest first, for its therapist; each read is audited. */
    public List<SafetyFlag> flagsOfCouple(@NotNull Actor staff, long coupleId) {
        couples.requireInCare(staff, coupleId);
        // EclipseLink's hints: JPQL's JOIN FETCH of the intake's partner is not fetched (one statement per partner)
        List<SafetyFlag> flags = em.createQuery("SELECT f FROM SafetyFlag f WHERE f.couple.id = :couple"
                        + " ORDER BY f.raisedAt DESC, f.id DESC", SafetyFlag.class)
                .setHint(QueryHints.FETCH, "f.intake")
                .setHint(QueryHints.FETCH, "f.intake.partner")
                .setParameter("couple", coupleId)
                .getResultList();
        flags.forEach(f -> audit.record(staff, AuditAction.VIEW, AuditRecord.SAFETY_FLAG, f.getId(), coupleId, null));
        return flags;
    }

    /**
     * Records the therapist's decision on a flag (what they will do, and the day they decided): joint and
     * reveal-together homework may be given again once no flag of the couple waits for one.
     */
    public SafetyFlag decide(@NotNull Actor staff, long flagId, String note, LocalDate decidedOn) {
        SafetyFlag flag = em.find(SafetyFlag.class, flagId);
        if (flag == null) {
            throw new RecordNotFoundException("Safety flag", flagId);
        }
        couples.requireInCare(staff, flag.getCouple().getId());
        flag.decide(note, decidedOn, staff.accountId(), clock.instant(), today(staff));
        em.flush();
        keepSafetyState(flag.getCouple().getId());
        audit.record(staff, AuditAction.CHANGE, AuditRecord.SAFETY_FLAG, flag.getId(), flag.getCouple().getId(), "decided");
        return flag;
    }

    /** The practice's own day, in its time zone (a day ahead of the server's UTC one in a Sydney morning). */
    public LocalDate today(@NotNull Actor actor) {
        return org.rebuildtrust.practice.PracticeSettings.todayOf(em, actor, clock);
    }

    private Optional<Intake> intakeOf(long partnerId) {
        return em.createQuery("SELECT i FROM Intake i WHERE i.partner.id = :partner", Intake.class)
                .setParameter("partner", partnerId)
                .getResultStream().findFirst();
    }

    /** RAISED while any flag waits for a decision, DECIDED once all have one. */
    private void keepSafetyState(long coupleId) {
        em.createNativeQuery("UPDATE couple SET safety_state = CASE"
                        + " WHEN EXISTS (SELECT 1 FROM safety_flag f WHERE f.couple_id = ?1 AND f.decided_at IS NULL) THEN 'RAISED'"
                        + " WHEN EXISTS (SELECT 1 FROM safety_flag f WHERE f.couple_id = ?1) THEN 'DECIDED' ELSE NULL END"
                        + " WHERE id = ?1")
                .setParameter(1, coupleId)
                .executeUpdate();
        em.getEntityManagerFactory().getCache().evict(Couple.class, coupleId);
    }
}
