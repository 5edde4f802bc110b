package org.rebuildtrust.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;
import org.rebuildtrust.security.Actor;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The audit trail (HIPAA 164.312(b)): every sign-in and sign-out, and every view, creation, change, export or
 * deletion of clinical data, appended in the transaction of the action itself, so an action that fails leaves no
 * entry and one that succeeds always has one. Only appends, sealing and reads exist here; admins search and verify it.
 * <p>
 * An append is one insert and takes no lock: the entry is signed with an HMAC of its own content and waits, unsealed,
 * until {@link #sealPending} chains it (every second, {@link AuditSealing}; and before every search and verification).
 * Appending used to lock the chain's head row in every audited transaction, which capped audited requests at the
 * rate one row can be locked and released, however many instances ran.
 */
@ApplicationScoped
@Transactional
public class AuditTrail {

    /** The most entries one search returns (newest first); the CSV export has the same limit per request. */
    public static final int SEARCH_LIMIT = 5000;

    /**
     * The most waiting entries one sealing chains: a run holds the head's lock and everything it read until it
     * commits, so a backlog (after an outage) is worked off a few thousand a second rather than in one transaction.
     */
    private static final int SEALING_LIMIT = 5000;

    /** How many waiting entries one read of the verification takes. */
    private static final int WAITING_BATCH = 500;

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(AuditTrail.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditKeyring keyring;

    @Inject
    RequestOrigin origin;

    /** rebuild_audit_appends: entries written (an action rolled back afterwards takes its entry with it); none in tests. */
    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry metrics;

    private Supplier<String> address;

    protected AuditTrail() {
        // for CDI
    }

    /** Wired by hand (tests): {@code address} stands in for the request's client address. */
    public AuditTrail(EntityManager em, Clock clock, Supplier<String> address, AuditKeyring keyring) {
        this.em = em;
        this.clock = clock;
        this.address = address;
        this.keyring = keyring;
    }

    /** An action of a signed-in person on a record (and the couple it belongs to, if any). */
    public void record(@NotNull Actor actor, @NotNull AuditAction action, AuditRecord recordType, Long recordId,
                       Long coupleId, String detail) {
        append(new AuditEntry(now(), actor.accountId(), actor.loginName(), actor.role().name(), action, recordType,
                recordId, coupleId, address(), detail));
    }

    /**
     * A signed-in person's request answered "not found": a record outside their scope, or none at all. Recorded in a
     * transaction of its own, since the refused request's transaction is rolled back.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refused(@NotNull Actor actor, String detail) {
        append(new AuditEntry(now(), actor.accountId(), actor.loginName(), actor.role().name(), AuditAction.REFUSED, null,
                null, null, address(), detail));
    }

    /** A sign-in attempt; a failed one names the login as typed (never the password) and no account. */
    public void signIn(String loginName, Long accountId, String role, boolean succeeded) {
        append(new AuditEntry(now(), accountId, loginName, role, succeeded ? AuditAction.SIGN_IN : AuditAction.SIGN_IN_FAILED,
                accountId == null ? null : AuditRecord.ACCOUNT, accountId, null, address(), null));
    }

    private void append(AuditEntry entry) {
        em.persist(entry); // gives it its id, which its MAC covers; the insert itself happens when the action commits
        entry.sign(keyring);
        if (metrics != null) {
            metrics.counter("rebuild_audit_appends").inc();
        }
    }

    /**
     * Chains the committed entries that wait to be sealed, at most {@value #SEALING_LIMIT}, in the order they happened
     * (ids come fifty at a time to each instance, so they alone would not say), under the lock of the chain's head:
     * whichever caller holds it seals, across instances too, and a caller that comes second finds little or nothing
     * left. An entry whose own MAC does not hold (not written by the application: someone without the key put it in
     * the table) is left out of the chain; {@link #verify} reports it. Returns how many entries were sealed.
     */
    public int sealPending() {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.THE_HEAD, LockModeType.PESSIMISTIC_WRITE);
        if (!head.isLegacySealed()) {
            head.sealLegacy(keyring); // once: every entry from here on is keyed
        }
        List<AuditEntry> waiting = em.createQuery("SELECT e FROM AuditEntry e WHERE e.position IS NULL"
                + " ORDER BY e.occurredAt, e.id", AuditEntry.class).setMaxResults(SEALING_LIMIT).getResultList();
        int sealed = 0;
        Long firstForeign = null;
        for (AuditEntry entry : waiting) {
            if (!entry.signedByThisPractice(keyring)) {
                firstForeign = firstForeign == null ? entry.getId() : Math.min(firstForeign, entry.getId());
                continue;
            }
            entry.chainAfter(head.getLastPosition(), head.getLastHash(), keyring);
            head.advanceTo(entry);
            sealed++;
        }
        reportForeign(firstForeign);
        if (metrics != null && sealed > 0) {
            metrics.counter("rebuild_audit_sealed").inc(sealed);
        }
        return sealed;
    }

    /** The first foreign entry this instance has reported, so that the log says so once, not every second. */
    private static final java.util.concurrent.atomic.AtomicLong REPORTED_FOREIGN = new java.util.concurrent.atomic.AtomicLong();

    private static void reportForeign(Long firstForeign) {
        if (firstForeign != null && REPORTED_FOREIGN.getAndSet(firstForeign) != firstForeign) {
            LOG.severe(() -> "Audit entries not written by this application (their MAC does not hold) are in the table,"
                    + " the first with id " + firstForeign + ": left out of the chain; the admin's verification names it");
        }
    }

    /** Entries matching every given filter (null: any), newest first, at most {@value #SEARCH_LIMIT} (the CSV export). */
    public List<AuditEntry> search(@NotNull Actor admin, @NotNull AuditQuery query) {
        return page(admin, query, 0, SEARCH_LIMIT);
    }

    /**
     * One page of the entries matching every given filter, newest first: the audit page holds the page it shows, not
     * the whole search (thousands of entries in every open view of the page were what filled the server's memory).
     */
    public List<AuditEntry> page(@NotNull Actor admin, @NotNull AuditQuery query, int first, int size) {
        admin.requireAdmin();
        sealPending(); // the page shows every entry in its place in the chain
        Map<String, Object> parameters = new HashMap<>();
        String where = where(query, parameters);
        // an entry committed after the sealing above has no position yet: it is the newest, so it comes first
        TypedQuery<AuditEntry> typed = em.createQuery("SELECT e FROM AuditEntry e" + where
                        + " ORDER BY e.position DESC NULLS FIRST, e.id DESC",
                AuditEntry.class).setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(size, SEARCH_LIMIT)));
        parameters.forEach(typed::setParameter);
        return typed.getResultList();
    }

    /** How many entries match every given filter. */
    public long count(@NotNull Actor admin, @NotNull AuditQuery query) {
        admin.requireAdmin();
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Long> typed = em.createQuery("SELECT COUNT(e) FROM AuditEntry e" + where(query, parameters), Long.class);
        parameters.forEach(typed::setParameter);
        return typed.getSingleResult();
    }

    private String where(AuditQuery query, Map<String, Object> parameters) {
        StringBuilder jpql = new StringBuilder(" WHERE 1 = 1");
        if (query.loginName() != null) {
            jpql.append(" AND LOWER(e.loginName) = :login");
            parameters.put("login", query.loginName().toLowerCase(java.util.Locale.ROOT));
        }
        if (query.coupleId() != null) {
            jpql.append(" AND e.coupleId = :couple");
            parameters.put("couple", query.coupleId());
        }
        if (query.action() != null) {
            jpql.append(" AND e.action = :action");
            parameters.put("action", query.action());
        }
        if (query.from() != null) {
            jpql.append(" AND e.occurredAt >= :from");
            parameters.put("from", query.fromInstant(clock.getZone()));
        }
        if (query.to() != null) {
            jpql.append(" AND e.occurredAt < :to");
            parameters.put("to", query.toInstantExclusive(clock.getZone()));
        }
        return jpql.toString();
    }

    /** Who has seen a couple's record: each account with its number of views and the last one. */
    public List<Viewer> viewersOf(@NotNull Actor admin, long coupleId) {
        admin.requireAdmin();
        return em.createQuery("SELECT NEW org.rebuildtrust.audit.Viewer(e.loginName, e.role, COUNT(e), MAX(e.occurredAt))"
                        + " FROM AuditEntry e WHERE e.coupleId = :couple AND e.action = :view"
                        + " GROUP BY e.loginName, e.role ORDER BY MAX(e.occurredAt) DESC", Viewer.class)
                .setParameter("couple", coupleId)
                .setParameter("view", AuditAction.VIEW)
                .getResultList();
    }

    /**
     * Walks the whole chain in order and reports the first entry whose stored hash, previous hash or position does
     * not follow from the entries before it: the first place the trail was changed, or where an entry is missing.
     */
    public Verification verify(@NotNull Actor admin) {
        admin.requireAdmin();
        sealPending(); // seals the legacy entries too, if nothing has yet; the head stays locked until the check ends
        em.flush();
        AuditChainHead sealing = em.find(AuditChainHead.class, AuditChainHead.THE_HEAD);
        long legacyEnd = sealing.getLegacyEnd();
        Long firstForeign = firstForeign(sealing.getLastPosition());
        String expectedPrevious = AuditEntry.GENESIS;
        long expectedPosition = 1;
        long checked = 0;
        if (legacyEnd == 0 && !sealing.sealHolds(keyring, 0, AuditEntry.GENESIS)) {
            return new Verification(0, 1L, firstForeign);
        }
        int batch = 1000;
        while (true) {
            List<AuditEntry> entries = em.createQuery("SELECT e FROM AuditEntry e WHERE e.position >= :from"
                            + " ORDER BY e.position", AuditEntry.class)
                    .setParameter("from", expectedPosition)
                    .setMaxResults(batch)
                    .getResultList();
            for (AuditEntry entry : entries) {
                long position = entry.getPosition();
                // an unkeyed entry only where the seal says the unkeyed ones are, and the seal must hold at their end
                boolean keyedWhereItMustBe = (position <= legacyEnd) == (entry.getKeyId() == null);
                boolean sealedEnd = position != legacyEnd || sealing.sealHolds(keyring, legacyEnd, entry.getHash());
                if (position != expectedPosition || !expectedPrevious.equals(entry.getPreviousHash())
                        || !keyedWhereItMustBe || !sealedEnd
                        || !entry.computeHash(keyring).map(h -> h.equals(entry.getHash())).orElse(false)) {
                    return new Verification(checked, expectedPosition, firstForeign);
                }
                expectedPrevious = entry.getHash();
                expectedPosition++;
                checked++;
            }
            em.clear();
            if (entries.size() < batch) {
                AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.THE_HEAD);
                boolean endIntact = head.getLastPosition() == checked && head.getLastHash().equals(expectedPrevious)
                        && checked >= legacyEnd;
                return new Verification(checked, endIntact ? null : expectedPosition, firstForeign);
            }
        }
    }

    /**
     * The first entry the application did not write: one with a position outside the chain (given one by hand, so
     * that the sealer passes it by), or one still waiting whose own MAC does not hold. (An entry committed after the
     * sealing also waits, but its MAC holds.)
     */
    private Long firstForeign(long lastPosition) {
        Long outside = em.createQuery("SELECT MIN(e.id) FROM AuditEntry e WHERE e.position < 1 OR e.position > :last",
                Long.class).setParameter("last", lastPosition).getSingleResult();
        long after = 0;
        while (true) {
            List<AuditEntry> waiting = em.createQuery("SELECT e FROM AuditEntry e WHERE e.position IS NULL"
                    + " AND e.id > :after ORDER BY e.id", AuditEntry.class)
                    .setParameter("after", after).setMaxResults(WAITING_BATCH).getResultList();
            for (AuditEntry entry : waiting) {
                if (!entry.signedByThisPractice(keyring)) {
                    return outside == null ? entry.getId() : Math.min(outside, entry.getId());
                }
                after = entry.getId();
            }
            if (waiting.size() < WAITING_BATCH) {
                return outside;
            }
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private String address() {
        return address != null ? address.get() : origin.address();
    }
}
