package org.rebuildtrust.milestones;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import org.rebuildtrust.audit.AuditAction;
import org.rebuildtrust.audit.AuditRecord;
import org.rebuildtrust.audit.AuditTrail;
import org.rebuildtrust.couples.CoupleService;
import org.rebuildtrust.couples.Partner;
import org.rebuildtrust.security.Actor;
import org.rebuildtrust.shared.RecordNotFoundException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Milestones: logged by either partner, seen by both and the therapist, answered with replies. */
@ApplicationScoped
@Transactional
public class MilestoneService {

    private static final String TIMELINE = "SELECT DISTINCT m FROM Milestone m JOIN FETCH m.partner"
            + " LEFT JOIN FETCH m.replies WHERE m.couple.id = :couple ORDER BY m.happenedOn DESC, m.id DESC";

    @PersistenceContext
    EntityManager em;

    @Inject
    CoupleService couples;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    protected MilestoneService() {
        // for CDI
    }

    public MilestoneService(EntityManager em, CoupleService couples, AuditTrail audit, Clock clock) {
        this.audit = audit;
        this.em = em;
        this.couples = couples;
        this.clock = clock;
    }

    public Milestone log(@NotNull Actor client, MilestoneKind kind, LocalDate happenedOn, String words) {
        Partner me = couples.findOwnPartner(client);
        Milestone milestone = new Milestone(me, kind, happenedOn, words, LocalDate.now(clock));
        em.persist(milestone);
        audit.record(client, AuditAction.CREATE, AuditRecord.MILESTONE, milestone.getId(), me.getCouple().getId(), null);
        couples.touch(me.getCouple());
        return milestone;
    }

    /** A reply by either partner of the couple; another couple's milestone is not found. */
    public void reply(@NotNull Actor client, long milestoneId, String words) {
        Partner me = couples.findOwnPartner(client);
        Milestone milestone = em.find(Milestone.class, milestoneId);
        if (milestone == null || !milestone.getCouple().getId().equals(me.getCouple().getId())) {
            throw new RecordNotFoundException("Milestone", milestoneId);
        }
        milestone.reply(me, words);
        audit.record(client, AuditAction.CHANGE, AuditRecord.MILESTONE, milestone.getId(), me.getCouple().getId(), "reply");
        couples.touch(me.getCouple());
    }

    /** The signed-in partner's couple's milestones with replies, newest first. */
    public List<Milestone> timeline(@NotNull Actor client) {
        Partner me = couples.findOwnPartner(client);
        return timelineOf(me.getCouple().getId());
    }

    public List<Milestone> ofCouple(@NotNull Actor staff, long coupleId) {
        couples.requireInCare(staff, coupleId);
        return timelineOf(coupleId);
    }

    private List<Milestone> timelineOf(long coupleId) {
        List<Milestone> milestones = em.createQuery(TIMELINE, Milestone.class).setParameter("couple", coupleId).getResultList();
        milestones.forEach(m -> m.getReplies().forEach(r -> r.getPartner().getFullName()));
        return milestones;
    }
}
