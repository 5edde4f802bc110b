package org.rebuildtrust.couples;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.persistence.config.QueryHints;
import org.rebuildtrust.audit.AuditAction;
import org.rebuildtrust.audit.AuditRecord;
import org.rebuildtrust.audit.AuditTrail;
import org.rebuildtrust.practice.Therapist;
import org.rebuildtrust.practice.TherapistService;
import org.rebuildtrust.security.AccountService;
import org.rebuildtrust.security.Actor;
import org.rebuildtrust.security.Role;
import org.rebuildtrust.shared.DateRange;
import org.rebuildtrust.shared.BusinessRuleException;
import org.rebuildtrust.shared.RecordNotFoundException;
import org.rebuildtrust.shared.RequestMemo;
import org.rebuildtrust.shared.TransactionMemo;

import java.time.Period;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Couples and the caseload. Every read and write goes through {@link #visibleCouple}: a therapist reaches only
 * their own couples, an admin all of the practice's, a client only their own couple; anything else is not found.
 */
@ApplicationScoped
@Transactional
public class CoupleService {

    /** Discovery lies in the couple's past, within living memory. */
    public static final DateRange DISCOVERY_DATES = new DateRange(DateRange.LIVING_MEMORY, Period.ZERO,
            "couple.discoveryDateRange", "discoveryDate");
    /** Therapy may be booked to start up to a year ahead; records typed in from paper may be old. */
    public static final DateRange START_DATES = new DateRange(DateRange.LIVING_MEMORY, Period.ofYears(1),
            "couple.startDateRange", "startDate");


    private static final String CASELOAD_FROM = " FROM Couple c JOIN c.partners a JOIN c.partners b JOIN c.therapist t"
            + " WHERE a.seat = 1 AND b.seat = 2";
    private static final String COUPLES_FROM = " FROM Couple c JOIN c.therapist t WHERE 1 = 1";
    private static final String ALL_COUPLES_FROM = " FROM Couple c WHERE 1 = 1";

    @PersistenceContext
    EntityManager em;

    @Inject
    TherapistService therapists;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Absent when the service is wired by hand (tests): nothing then listens. */
    @Inject
    Event<CoupleActivity> activity;

    @Inject
    AccountService accounts;

    /** Absent when wired by hand (tests): every access check then reads the database. */
    @Inject
    TransactionMemo memo;

    /** Which couples' access was checked in this request (null when wired by hand: every check reads). */
    @Inject
    RequestMemo thisRequest;

    protected CoupleService() {
        // for CDI
    }

    public CoupleService(EntityManager em, TherapistService therapists, AccountService accounts, AuditTrail audit,
                         Clock clock) {
        this.audit = audit;
        this.em = em;
        this.therapists = therapists;
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * One page of the couples the actor may see, sorted and filtered in the database: one statement whatever
     * the size of the caseload. {@link #caseloadSize} counts the same rows for the paginator.
     */
    public List<CaseloadRow> caseloadPage(@NotNull Actor actor, @NotNull CaseloadQuery query) {
        if (actor.isClient()) {
            return List.of();
        }
        String order = query.sortKey().orderBy(query.descending());
        TypedQuery<CaseloadRow> rows = caseloadQuery(actor, query, "SELECT NEW org.rebuildtrust.couples.CaseloadRow("
                + "c.id, c.label, a.fullName, b.fullName, c.status, c.startDate, c.lastActivityAt, t.displayName,"
                + " c.attentionCount, c.attentionKinds, c.nextAppointmentAt, c.safetyState, c.overduePartnerA,"
                + " c.overduePartnerB, c.overdueJoint, c.waitingPartnerA, c.waitingPartnerB, c.waitingJoint)",
                order, CaseloadRow.class);
        return rows.setFirstResult(query.first()).setMaxResults(query.pageSize()).getResultList();
    }

    /** How many couples match the caseload's filters, over all pages. */
    public long caseloadSize(@NotNull Actor actor, @NotNull CaseloadQuery query) {
        if (actor.isClient()) {
            return 0;
        }
        return caseloadQuery(actor, query, "SELECT COUNT(c)", "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> caseloadQuery(Actor actor, CaseloadQuery query, String select, String order,
                                            Class<T> resultType) {
        // a count without a search needs no partner: every couple has its two (the admin's count of 8,000 couples
        // joined both partners of each for nothing)
        boolean partnersNeeded = query.search() != null || !order.isEmpty();
        // nor does the admin's count need the therapist (a join of 8,000 rows for a number an index has)
        StringBuilder where = new StringBuilder(partnersNeeded ? CASELOAD_FROM
                : actor.isAdmin() ? ALL_COUPLES_FROM : COUPLES_FROM);
        Map<String, Object> parameters = new HashMap<>();
        if (actor.isAdmin()) {
            where.append(" AND c.practice.id = :practiceId");
            parameters.put("practiceId", actor.practiceId());
        } else {
            where.append(" AND t.account.id = :accountId");
            parameters.put("accountId", actor.accountId());
        }
        if (query.status() != null) {
            where.append(" AND c.status = :status");
            parameters.put("status", query.status());
        }
        if (query.search() != null) {
            where.append(" AND (LOWER(c.label) LIKE :search ESCAPE '!'"
                    + " OR LOWER(a.fullName) LIKE :search ESCAPE '!'"
                    + " OR LOWER(b.fullName) LIKE :search ESCAPE '!')");
            parameters.put("search", query.likePattern());
        }
        TypedQuery<T> typed = em.createQuery(select + where + order, resultType);
        parameters.forEach(typed::setParameter);
        return typed;
    }

    /** The couple with both partners, if the actor may see it. */
    public Couple find(@NotNull Actor actor, long coupleId) {
        return visibleCouple(actor, coupleId);
    }

    /**
     * Refuses (not found) unless the couple is in the actor's care, for a read that needs the couple's id only: a
     * couple found or checked earlier in the same request is not read again. The couple page calls a dozen services,
     * each in a transaction of its own, and each used to read the couple to check it (12 of its 42 statements).
     */
    public void requireInCare(@NotNull Actor actor, long coupleId) {
        if (actor.isClient()) {
            throw new RecordNotFoundException("Couple", coupleId);
        }
        if (!checkedThisRequest(actor, coupleId)) {
            visibleCouple(actor, coupleId);
        }
    }

    /** A couple in the actor's care, for the therapist's work on it: never reachable by a client. */
    public Couple findInCare(@NotNull Actor actor, long coupleId) {
        if (actor.isClient()) {
            throw new RecordNotFoundException("Couple", coupleId);
        }
        return visibleCouple(actor, coupleId);
    }

    /** Gives a partner of a couple in the actor's care their own portal login. */
    public Partner givePortalLogin(@NotNull Actor actor, long coupleId, long partnerId, String loginName, String password) {
        Couple couple = findInCare(actor, coupleId);
        Partner partner = couple.getPartners().stream().filter(p -> p.getId() == partnerId).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("Partner", partnerId));
        if (partner.hasPortalAccount()) {
            throw new BusinessRuleException("couple.partnerHasLogin");
        }
        partner.linkAccount(accounts.createClientAccount(actor, loginName, partner.getFullName(), password));
        audit.record(actor, AuditAction.CHANGE, AuditRecord.PARTNER, partner.getId(), coupleId, "portal login given");
        return partner;
    }

    /**
     * Notes when something last happened to a couple whose records are dated in the past (the demo's replayed
     * history), so its "last activity" is that moment rather than the moment the records were loaded.
     */
    public void recordActivityAt(@NotNull Couple couple, @NotNull Instant when) {
        couple.recordActivity(when);
        announce(couple);
    }

    /** Notes that something happened to the couple, so the caseload's "last activity" and attention move. */
    public void touch(@NotNull Couple couple) {
        couple.recordActivity(Instant.now(clock));
        announce(couple);
    }

    /**
     * Notes that something the caseload keeps of the couple may have changed (its homework counts, its marker) by the
     * therapist's own housekeeping — marking answers reviewed, moving a due date — which is not the couple's activity:
     * neither "last activity" nor the couple's version moves, so an edit of the couple open elsewhere stays valid.
     */
    public void changed(@NotNull Couple couple) {
        announce(couple);
    }

    private void announce(Couple couple) {
        if (activity != null) {
            activity.fire(new CoupleActivity(couple.getId()));
        }
    }

    /**
     * The couples as stored, with their partners, their rows locked until the transaction ends, for the caseload's
     * refresh: two refreshes of one couple (two of its changes committed at once, or a change during the night's run)
     * then go one after the other, and the later one, which reads both changes, writes last. Locked in id order, so
     * two refreshes of overlapping couples queue instead of deadlocking; locked on their own (FOR UPDATE cannot lock
     * a row read through an outer join, as the partners are), then read with the partners in one statement (as stored:
     * there is no shared cache).
     */
    public List<Couple> lockForAttention(@NotNull Collection<Long> coupleIds) {
        if (coupleIds.isEmpty()) {
            return List.of();
        }
        List<Long> ordered = coupleIds.stream().sorted().distinct().toList();
        Query lock = em.createNativeQuery("SELECT id FROM couple WHERE id IN ("
                + String.join(",", Collections.nCopies(ordered.size(), "?")) + ") ORDER BY id FOR UPDATE");
        for (int i = 0; i < ordered.size(); i++) {
            lock.setParameter(i + 1, ordered.get(i));
        }
        lock.getResultList();
        return em.createQuery("SELECT DISTINCT c FROM Couple c WHERE c.id IN :ids ORDER BY c.id", Couple.class)
                .setParameter("ids", ordered)
                .setHint(QueryHints.LEFT_FETCH, "c.partners")
                .getResultList();
    }

    /**
     * Stores the couple's current flag kinds and homework counts for the caseload, if they differ from what it has
     * (most couples' are as they were the night before: the night's run then writes only the few that moved). A plain
     * update beside the entity's version: it is derived data, and a therapist editing the couple meanwhile must not be
     * told someone else changed it. {@code stored} is the couple as {@link #lockForAttention} read it.
     *
     * @return whether it was written
     */
    public boolean recordAttention(@NotNull Couple stored, int flagCount, @NotNull List<String> flagKinds,
                                   @NotNull HomeworkCounts homework) {
        String kinds = flagKinds.isEmpty() ? null : String.join(",", flagKinds);
        if (stored.getAttentionCount() == flagCount && Objects.equals(stored.getAttentionKinds(), kinds)
                && stored.getHomework().equals(homework)) {
            return false;
        }
        em.createNativeQuery("UPDATE couple SET attention_count = ?, attention_kinds = ?, overdue_partner_a = ?,"
                        + " overdue_partner_b = ?, overdue_joint = ?, waiting_partner_a = ?, waiting_partner_b = ?,"
                        + " waiting_joint = ? WHERE id = ?")
                .setParameter(1, flagCount)
                .setParameter(2, kinds)
                .setParameter(3, homework.getOverdueA())
                .setParameter(4, homework.getOverdueB())
                .setParameter(5, homework.getOverdueJoint())
                .setParameter(6, homework.getWaitingA())
                .setParameter(7, homework.getWaitingB())
                .setParameter(8, homework.getWaitingJoint())
                .setParameter(9, stored.getId())
                .executeUpdate();
        em.getEntityManagerFactory().getCache().evict(Couple.class, stored.getId());
        return true;
    }

    /**
     * The couples whose marker needs keeping: active ones, and any still marked or with homework counted (a paused
     * couple's count of answers waiting for review must drop when the therapist reviews them).
     */
    public List<Long> coupleIdsForAttention() {
        return em.createQuery("SELECT c.id FROM Couple c WHERE c.status = :active OR c.attentionCount > 0"
                        + " OR c.overduePartnerA + c.overduePartnerB + c.overdueJoint > 0"
                        + " OR c.waitingPartnerA + c.waitingPartnerB + c.waitingJoint > 0", Long.class)
                .setParameter("active", CoupleStatus.ACTIVE)
                .getResultList();
    }

    /** The couple of a signed-in partner, for their portal (looked up once per transaction, see {@link TransactionMemo}). */
    public Partner findOwnPartner(@NotNull Actor client) {
        Partner own = memo == null ? loadOwnPartner(client)
                : memo.remember(new OwnPartner(client.accountId()), () -> loadOwnPartner(client));
        rememberThisRequest(new OwnPartner(client.accountId()), () -> OwnSeat.of(own));
        return own;
    }

    /** The key of a partner's own record in {@link TransactionMemo}, and of its {@link OwnSeat} in {@link RequestMemo}. */
    private record OwnPartner(long accountId) {
    }

    /**
     * A signed-in partner's own record and couple as ids: what a portal read of their own rows and their couple's joint
     * ones needs. Remembered for the request: a portal page calls a service per section, each in a transaction of its
     * own, and each read the partner's record again (7 of the portal home's 17 statements). Ids and not the record, so
     * nothing read in one transaction is written through in another; a write reads the record ({@link #findOwnPartner}).
     */
    public OwnSeat ownSeat(@NotNull Actor client) {
        return rememberThisRequest(new OwnPartner(client.accountId()), () -> OwnSeat.of(findOwnPartner(client)));
    }

    /** Which partner of which couple a signed-in partner is. */
    public record OwnSeat(long partnerId, long coupleId) {

        static OwnSeat of(Partner own) {
            return new OwnSeat(own.getId(), own.getCouple().getId());
        }
    }

    /**
     * With the couple, both its partners, its therapist and its practice in the same statement: a portal page shows
     * the other partner's and the therapist's names and the practice's time, and the couple's access check after this
     * finds the couple already read, whose relations EclipseLink then does not fetch again (each was a statement).
     */
    private Partner loadOwnPartner(Actor client) {
        return em.createQuery("SELECT p FROM Partner p WHERE p.account.id = :accountId", Partner.class)
                .setHint(QueryHints.FETCH, "p.couple")
                .setHint(QueryHints.FETCH, "p.couple.therapist")
                .setHint(QueryHints.FETCH, "p.couple.practice")
                .setHint(QueryHints.LEFT_FETCH, "p.couple.partners")
                .setParameter("accountId", client.accountId())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new RecordNotFoundException("Partner for account", client.accountId()));
    }

    /**
     * Who is reading a couple's record: a partner reads only their own couple (returned, so that what they may see of
     * the other partner can be decided); staff read a couple in their care (null: nothing is withheld from them).
     * Anything else is not found.
     */
    public Partner readingPartner(@NotNull Actor actor, long coupleId) {
        if (!actor.isClient()) {
            findInCare(actor, coupleId);
            return null;
        }
        Partner own = findOwnPartner(actor);
        if (own.getCouple().getId() != coupleId) {
            throw new RecordNotFoundException("Couple", coupleId);
        }
        return own;
    }

    /**
     * Admits a new couple. A therapist's new couple is theirs; an admin names the therapist, who must be
     * an active therapist of the same practice.
     */
    public Couple create(@NotNull Actor actor, @NotNull @Valid Couple draft, Long therapistId) {
        if (!draft.isNew()) {
            throw new IllegalArgumentException("Only a draft couple can be created");
        }
        checkDates(draft);
        Therapist primary = actor.isAdmin()
                ? therapists.findActiveInPractice(actor, therapistId)
                : therapists.findForAccount(actor);
        draft.admit(primary.getPractice(), primary, today(), Instant.now(clock));
        em.persist(draft);
        audit.record(actor, AuditAction.CREATE, AuditRecord.COUPLE, draft.getId(), draft.getId(), null);
        announce(draft);
        return draft;
    }

    /** Saves the edited details of a couple and its partners, refusing a copy older than the stored one. */
    public Couple update(@NotNull Actor actor, @NotNull @Valid Couple edited) {
        Couple stored = visibleCouple(actor, edited.getId());
        checkDates(edited);
        stored.reviseDetails(edited, today(), Instant.now(clock));
        em.flush();
        audit.record(actor, AuditAction.CHANGE, AuditRecord.COUPLE, stored.getId(), stored.getId(), "details");
        announce(stored);
        return stored;
    }

    private void checkDates(Couple couple) {
        DISCOVERY_DATES.check(couple.getDiscoveryDate(), today());
        START_DATES.check(couple.getStartDate(), today());
    }

    /**
     * The couple with its partners and therapist if the actor may see it, else not found. Checked once per transaction
     * (see {@link TransactionMemo}): the services a page calls in one transaction each ask again.
     */
    private Couple visibleCouple(Actor actor, Long coupleId) {
        if (coupleId == null) {
            return loadVisibleCouple(actor, null);
        }
        VisibleCouple check = new VisibleCouple(actor.role(), actor.accountId(), actor.practiceId(), coupleId);
        Couple couple = memo == null ? loadVisibleCouple(actor, coupleId)
                : memo.remember(check, () -> loadVisibleCouple(actor, coupleId));
        rememberChecked(check); // only reached when the check passed
        return couple;
    }

    private boolean checkedThisRequest(Actor actor, long coupleId) {
        if (thisRequest == null) {
            return false;
        }
        try {
            return thisRequest.knows(new VisibleCouple(actor.role(), actor.accountId(), actor.practiceId(), coupleId));
        } catch (jakarta.enterprise.context.ContextNotActiveException noRequest) {
            return false; // a timer or background task: checked every time
        }
    }

    private void rememberChecked(VisibleCouple check) {
        rememberThisRequest(check, () -> Boolean.TRUE);
    }

    /** What {@code load} gives, remembered for the rest of the request if there is one (not in a timer, not in tests). */
    private <T> T rememberThisRequest(Object key, Supplier<T> load) {
        if (thisRequest == null) {
            return load.get();
        }
        try {
            return thisRequest.remember(key, load);
        } catch (jakarta.enterprise.context.ContextNotActiveException noRequest) {
            return load.get(); // a timer or background task: nothing to remember it in
        }
    }

    /**
     * The key of an access check in {@link TransactionMemo} and {@link RequestMemo}: who asked (as the check scopes it)
     * and which couple.
     */
    private record VisibleCouple(Role role, long accountId, long practiceId, long coupleId) {
    }

    private Couple loadVisibleCouple(Actor actor, Long coupleId) {
        String scope;
        Object scopeValue;
        if (actor.isAdmin()) {
            scope = "c.practice.id = :scope";
            scopeValue = actor.practiceId();
        } else if (actor.isTherapist()) {
            scope = "c.therapist.account.id = :scope";
            scopeValue = actor.accountId();
        } else {
            // a partner sees their own couple alone: the one their own record (read once per transaction, with the
            // couple's partners and therapist) belongs to
            Couple own = findOwnPartner(actor).getCouple();
            if (coupleId == null || !own.getId().equals(coupleId)) {
                throw new RecordNotFoundException("Couple", coupleId);
            }
            return own;
        }
        List<Couple> found = em.createQuery("SELECT DISTINCT c FROM Couple c JOIN FETCH c.partners"
                        + " JOIN FETCH c.therapist WHERE c.id = :id AND " + scope, Couple.class)
                .setParameter("id", coupleId)
                .setParameter("scope", scopeValue)
                .getResultList();
        if (found.isEmpty()) {
            throw new RecordNotFoundException("Couple", coupleId);
        }
        return found.get(0);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
