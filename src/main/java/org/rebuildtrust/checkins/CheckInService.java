package org.rebuildtrust.checkins;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import org.rebuildtrust.audit.AuditAction;
import org.rebuildtrust.audit.AuditRecord;
import org.rebuildtrust.audit.AuditTrail;
import org.rebuildtrust.couples.CoupleService;
import org.rebuildtrust.couples.Partner;
import org.rebuildtrust.security.Actor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Weekly check-ins. A partner's check-ins are theirs and the therapist's: the other partner does not see them.
 */
@ApplicationScoped
@Transactional
public class CheckInService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CoupleService couples;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    protected CheckInService() {
        // for CDI
    }

    public CheckInService(EntityManager em, CoupleService couples, AuditTrail audit, Clock clock) {
        this.audit = audit;
        this.em = em;
        this.couples = couples;
        this.clock = clock;
    }

    /** The outcome of checking in: the stored check-in, and whether it revised one from earlier this week. */
    public record Saved(CheckIn checkIn, boolean revisedThisWeeks) {
    }

    /** Records this week's check-in of the signed-in partner, or revises it if they already checked in this week. */
    public Saved checkIn(@NotNull Actor client, @NotNull CheckIn.Ratings ratings) {
        Partner me = couples.findOwnPartner(client);
        LocalDate today = LocalDate.now(clock);
        Optional<CheckIn> existing = weekOf(me.getId(), today);
        if (existing.isPresent()) {
            existing.get().revise(ratings, today);
            audit.record(client, AuditAction.CHANGE, AuditRecord.CHECK_IN, existing.get().getId(), me.getCouple().getId(), null);
            return new Saved(existing.get(), true);
        }
        CheckIn created = new CheckIn(me, today, ratings);
        em.persist(created);
        audit.record(client, AuditAction.CREATE, AuditRecord.CHECK_IN, created.getId(), me.getCouple().getId(), null);
        couples.touch(me.getCouple());
        return new Saved(created, false);
    }

    public Optional<CheckIn> thisWeek(@NotNull Actor client) {
        return weekOf(couples.ownSeat(client).partnerId(), LocalDate.now(clock));
    }

    /** The signed-in partner's own check-ins, newest first. */
    public List<CheckIn> mine(@NotNull Actor client) {
        return em.createQuery("SELECT c FROM CheckIn c WHERE c.partner.id = :me ORDER BY c.weekStart DESC", CheckIn.class)
                .setParameter("me", couples.ownSeat(client).partnerId())
                .getResultList();
    }

    /**
     * The partner's own most recent check-ins, newest first, at most {@code limit} of them: the check-in page shows the
     * last weeks and more on request, rather than two years of weeks on every visit.
     */
    public List<CheckIn> mine(@NotNull Actor client, int limit) {
        return em.createQuery("SELECT c FROM CheckIn c JOIN FETCH c.partner WHERE c.partner.id = :me"
                        + " ORDER BY c.weekStart DESC", CheckIn.class)
                .setParameter("me", couples.ownSeat(client).partnerId())
                .setMaxResults(Math.max(1, limit))
                .getResultList();
    }

    /** Both partners' check-ins of a couple in the actor's care, oldest first (for charts and the review). */
    public List<CheckIn> ofCouple(@NotNull Actor staff, long coupleId) {
        return ofCouple(staff, coupleId, null);
    }

    /** The couple's check-ins of the weeks from the one that starts on {@code fromWeek} (null: all), oldest first. */
    public List<CheckIn> ofCouple(@NotNull Actor staff, long coupleId, LocalDate fromWeek) {
        couples.requireInCare(staff, coupleId);
        return ofCouples(List.of(coupleId), fromWeek);
    }

    /**
     * The check-ins of the weeks from {@code fromWeek} on of several couples in one statement, oldest first, by
     * couple: for the caseload's refresh, which works for no one signed in (its couples' ids come from the database).
     */
    public Map<Long, List<CheckIn>> ofCouplesFrom(Collection<Long> coupleIds, @NotNull LocalDate fromWeek) {
        if (coupleIds.isEmpty()) {
            return Map.of();
        }
        return ofCouples(coupleIds, fromWeek).stream()
                .collect(Collectors.groupingBy(c -> c.getPartner().getCouple().getId(), Collectors.toList()));
    }

    private List<CheckIn> ofCouples(Collection<Long> coupleIds, LocalDate fromWeek) {
        TypedQuery<CheckIn> query = em.createQuery("SELECT c FROM CheckIn c JOIN FETCH c.partner p"
                + " WHERE p.couple.id IN :couples" + (fromWeek == null ? "" : " AND c.weekStart >= :from")
                + " ORDER BY c.weekStart, p.seat", CheckIn.class);
        query.setParameter("couples", coupleIds);
        if (fromWeek != null) {
            query.setParameter("from", fromWeek);
        }
        return query.getResultList();
    }

    /**
     * Each partner's latest two check-ins, whenever they were, in one statement (the flags' drop and silence rules
     * look that far back and no further). The caller has checked access to the partners' couples, or works for no one
     * signed in (the caseload's refresh).
     */
    public List<CheckIn> latestTwoOfEach(Collection<Long> partnerIds) {
        if (partnerIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT c FROM CheckIn c JOIN FETCH c.partner p WHERE p.id IN :partners"
                        + " AND (SELECT COUNT(later) FROM CheckIn later WHERE later.partner = c.partner"
                        + " AND later.weekStart > c.weekStart) < 2 ORDER BY c.weekStart, p.seat", CheckIn.class)
                .setParameter("partners", partnerIds)
                .getResultList();
    }

    private Optional<CheckIn> weekOf(long partnerId, LocalDate day) {
        return em.createQuery("SELECT c FROM CheckIn c WHERE c.partner.id = :partner AND c.weekStart = :week", CheckIn.class)
                .setParameter("partner", partnerId)
                .setParameter("week", CheckIn.weekOf(day))
                .getResultStream().findFirst();
    }
}
