package org.rebuildtrust.review;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.rebuildtrust.couples.Couple;
import org.rebuildtrust.couples.CoupleActivity;
import org.rebuildtrust.couples.CoupleService;
import org.rebuildtrust.couples.CoupleStatus;
import org.rebuildtrust.database.DatabaseMigrator.SchemaReady;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the caseload's "needs attention" marker in step with the review's flags. The caseload cannot compute flags
 * per row without costing statements per couple, so each couple carries its flag count, recomputed after every
 * committed change to it and once a night (overdue homework and silence grow with time alone).
 * Only active couples are watched: a paused or closed couple is not expected to check in.
 */
@ApplicationScoped
public class CaseloadAttention {

    private static final Logger LOG = Logger.getLogger(CaseloadAttention.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    CoupleService couples;

    @Inject
    ReviewService review;

    /** This bean through its proxy, so {@link #refresh} gets its own transaction when called from here. */
    @Inject
    CaseloadAttention self;

    /** Recomputes one couple's marker in a transaction of its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refresh(long coupleId) {
        Couple couple = em.find(Couple.class, coupleId);
        if (couple == null) {
            return;
        }
        List<Flag> flags = couple.getStatus() == CoupleStatus.ACTIVE ? review.flagsSeenByTherapistOf(couple) : List.of();
        couples.recordAttention(coupleId, flags.size(), flags.stream().map(f -> f.kind().name()).distinct().toList());
    }

    /** Every watched couple, each in its own transaction so one failure does not hold up the rest. */
    public int refreshAll() {
        List<Long> ids = couples.coupleIdsForAttention();
        for (Long id : ids) {
            refreshQuietly(id);
        }
        return ids.size();
    }

    /** After a change to a couple is committed (never inside it: the user's save must not wait on or fail with this). */
    void afterActivity(@Observes(during = TransactionPhase.AFTER_SUCCESS) CoupleActivity activity) {
        refreshQuietly(activity.coupleId());
    }

    /** At start-up, after the demo data (if any): time has passed while the server was down. */
    void atStartUp(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) SchemaReady ready) {
        LOG.info(() -> "Needs-attention markers refreshed for " + refreshAll() + " couples");
    }

    private void refreshQuietly(long coupleId) {
        try {
            self.refresh(coupleId);
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "Could not refresh the needs-attention marker of couple " + coupleId, failure);
        }
    }
}
