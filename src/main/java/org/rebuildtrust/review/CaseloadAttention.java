package org.rebuildtrust.review;

import jakarta.annotation.Priority;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.rebuildtrust.couples.Couple;
import org.rebuildtrust.couples.CoupleActivity;
import org.rebuildtrust.couples.CoupleService;
import org.rebuildtrust.homework.HomeworkService;
import org.rebuildtrust.database.DailyJobs;
import org.rebuildtrust.database.DatabaseMigrator.SchemaReady;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the caseload's "needs attention" marker in step with the review's flags, and the homework counts beside it.
 * The caseload cannot compute them per row without costing statements and answers read per couple, so each couple
 * carries its flag count and homework counts, recomputed after every committed change to it, at start-up and shortly
 * after midnight (overdue homework and silence grow with time alone). Only an active couple gets flags: a paused or
 * closed couple is not expected to check in; its homework is still counted.
 * An EJB so that refreshes called after a commit, at start-up or from the timer each get a transaction of their own.
 */
@Stateless
public class CaseloadAttention {

    private static final Logger LOG = Logger.getLogger(CaseloadAttention.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    CoupleService couples;

    @Inject
    ReviewService review;

    @Inject
    HomeworkService homework;

    @Inject
    DailyJobs dailyJobs;

    /** The name of the daily refresh in daily_job_run. */
    static final String DAILY_JOB = "caseload-attention";

    /** This bean through the container, so each {@link #refresh} gets its own transaction when called from here. */
    @EJB
    CaseloadAttention self;

    protected CaseloadAttention() {
        // for the container
    }

    /** Wired by hand (tests): refreshes run in the caller's transaction. */
    public CaseloadAttention(EntityManager em, CoupleService couples, ReviewService review, HomeworkService homework) {
        this.em = em;
        this.couples = couples;
        this.review = review;
        this.homework = homework;
        this.self = this;
    }

    /**
     * How many couples the nightly run refreshes in one transaction (their rows stay locked until it ends). Measured on
     * the benchmark's large practice (two years of answers per couple): with 50, PostgreSQL counts the homework through
     * the couples' assignments (90 ms); from about 100 it reads the whole answer table instead (440 ms for 100, 560 ms
     * for 400), and the night took longer.
     */
    static final int COUPLES_PER_TRANSACTION = 50;

    /** Recomputes one couple's marker and homework counts, after a change to it (see {@link #refreshTogether}). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refresh(long coupleId) {
        refreshTogether(List.of(coupleId));
    }

    /**
     * Recomputes the couples' markers and homework counts in one transaction and a fixed number of statements, and
     * writes those that changed. The couples' rows are locked first ({@link CoupleService#lockForAttention}), so a
     * refresh that read before a change cannot write after the refresh that read it.
     *
     * @return how many couples' markers or counts changed
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int refreshTogether(List<Long> coupleIds) {
        List<Couple> locked = couples.lockForAttention(coupleIds);
        Map<Long, ReviewService.CaseloadMarker> markers = review.markersOf(locked);
        int changed = 0;
        for (Couple couple : locked) {
            ReviewService.CaseloadMarker marker = markers.get(couple.getId());
            boolean written = couples.recordAttention(couple, marker.flags().size(),
                    marker.flags().stream().map(f -> f.kind().name()).distinct().toList(), marker.homework());
            changed += written ? 1 : 0;
        }
        return changed;
    }

    /**
     * Every watched couple, and every other whose homework has turned overdue (its count grows with the date alone),
     * {@link #COUPLES_PER_TRANSACTION} at a time; a group that fails is done again couple by couple, so one couple's
     * failure does not hold up the rest.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public NightlyRun refreshAll() {
        Set<Long> ids = new TreeSet<>(couples.coupleIdsForAttention());
        ids.addAll(homework.coupleIdsWithOverdueHomework());
        List<Long> ordered = new ArrayList<>(ids);
        int changed = 0;
        for (int from = 0; from < ordered.size(); from += COUPLES_PER_TRANSACTION) {
            List<Long> group = ordered.subList(from, Math.min(ordered.size(), from + COUPLES_PER_TRANSACTION));
            try {
                changed += self.refreshTogether(List.copyOf(group));
            } catch (RuntimeException failure) {
                LOG.log(Level.WARNING, "Could not refresh the needs-attention markers of couples " + group.get(0) + " to "
                        + group.get(group.size() - 1) + " together; one by one instead", failure);
                group.forEach(this::refreshQuietly);
            }
        }
        return new NightlyRun(ordered.size(), changed);
    }

    /** What a run over every watched couple did: how many couples it looked at, how many of them changed. */
    public record NightlyRun(int couples, int changed) {
    }

    /** After a change to a couple is committed (never inside it: the user's save must not wait on or fail with this). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void afterActivity(@Observes(during = TransactionPhase.AFTER_SUCCESS) CoupleActivity activity) {
        refreshQuietly(activity.coupleId());
    }

    /**
     * At start-up, after the demo data (if any): days may have passed while the application was down. The markers
     * change with the date alone (between changes to a couple, which refresh it at once), so one refresh a day is
     * enough, by whichever instance claims the day first (at start-up or from its nightly timer). In the background:
     * the server is ready without waiting for thousands of couples (issue 16: 85-105 s at 7,205 couples before).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void atStartUp(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) SchemaReady ready) {
        self.refreshAllOncePerDayInBackground();
    }

    /** The start-up refresh, on the container's thread for asynchronous work (at once when wired by hand). */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void refreshAllOncePerDayInBackground() {
        try {
            refreshAllOncePerDay();
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "The start-up refresh of the needs-attention markers failed; the night's tries again",
                    failure);
        }
    }

    /** Shortly after midnight homework turns overdue and check-ins become two weeks old. */
    @Schedule(hour = "0", minute = "5", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void everyNight() {
        refreshAllOncePerDay();
    }

    private void refreshAllOncePerDay() {
        LocalDate today = dailyJobs.today();
        if (dailyJobs.claim(DAILY_JOB, today)) {
            NightlyRun run = refreshAll();
            LOG.info(() -> "Needs-attention markers refreshed for " + run.couples() + " couples (" + today + "), "
                    + run.changed() + " of them changed");
        } else {
            LOG.info(() -> "Needs-attention markers of " + today + " were refreshed by another instance");
        }
    }

    private void refreshQuietly(long coupleId) {
        try {
            self.refresh(coupleId);
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "Could not refresh the needs-attention marker of couple " + coupleId, failure);
        }
    }
}
