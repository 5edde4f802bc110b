package org.rebuildtrust.accountability;

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
import org.rebuildtrust.couples.RecoveryRole;
import org.rebuildtrust.homework.Answer;
import org.rebuildtrust.homework.HomeworkService;
import org.rebuildtrust.security.Actor;
import org.rebuildtrust.shared.BusinessRuleException;
import org.rebuildtrust.shared.RecordNotFoundException;
import org.rebuildtrust.shared.TransactionMemo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The accountability table: the involved partner records evidence and rates themselves, the hurt partner rates
 * how much they see each step lived, the therapist assesses. Where both partners were unfaithful, each has a table.
 * The hurt partner's comments stay between them and the therapist unless they share them.
 */
@ApplicationScoped
@Transactional
public class AccountabilityService {

    /** How many recent actions a row shows. */
    public static final int EVIDENCE_SHOWN = 5;

    @PersistenceContext
    EntityManager em;

    @Inject
    CoupleService couples;

    @Inject
    HomeworkService homework;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    TransactionMemo memo;

    protected AccountabilityService() {
        // for CDI
    }

    public AccountabilityService(EntityManager em, CoupleService couples, HomeworkService homework, AuditTrail audit,
                                 Clock clock) {
        this.audit = audit;
        this.em = em;
        this.couples = couples;
        this.homework = homework;
        this.clock = clock;
    }

    /** The tables of a couple as the actor may see them: their therapist, or one of the two partners. */
    public List<AccountabilityTable> tables(@NotNull Actor actor, long coupleId) {
        return tables(actor, coupleId, null);
    }

    /**
     * The tables with what changed since a day (the last held session): each value as it stood before that day, and
     * the actions recorded from that day on.
     */
    public List<AccountabilityTable> tables(@NotNull Actor actor, long coupleId, LocalDate since) {
        return tables(actor, coupleId, since, null);
    }

    /** The tables as they stood at the end of a day ({@code until}, or today when null), with changes since a day. */
    public List<AccountabilityTable> tables(@NotNull Actor actor, long coupleId, LocalDate since, LocalDate until) {
        Couple couple = actor.isClient() ? couples.find(actor, coupleId) : couples.findInCare(actor, coupleId);
        Partner viewer = actor.isClient() ? couples.findOwnPartner(actor) : null;
        List<AccountabilityEntry> entries = entriesOf(coupleId).stream()
                .filter(e -> until == null || !e.getEntryDate().isAfter(until)).toList();
        return tablesOf(couple, entries, viewer, since);
    }

    /**
     * The tables as they stand today of several couples, as their therapist sees them, with the entries of all of
     * them read in one statement: for the caseload's refresh, which works for no one signed in (its couples come from
     * the database) and needs the tables' gaps for the flags. What evidence links to is not read with them: the flags
     * do not look at it.
     */
    public Map<Long, List<AccountabilityTable>> tablesOfCouples(Collection<Couple> coupleList) {
        if (coupleList.isEmpty()) {
            return Map.of();
        }
        // each entry with its couple's id as a column: asking an entry for its couple would read the couple again
        // where it was read in another transaction (the couple page's flags)
        Map<Long, List<AccountabilityEntry>> entriesByCouple = em.createQuery(
                        "SELECT e.couple.id, e FROM AccountabilityEntry e WHERE e.couple.id IN :couples"
                                + " ORDER BY e.entryDate, e.id", Object[].class)
                .setParameter("couples", coupleList.stream().map(Couple::getId).toList())
                .getResultList().stream()
                .collect(Collectors.groupingBy(row -> ((Number) row[0]).longValue(),
                        Collectors.mapping(row -> (AccountabilityEntry) row[1], Collectors.toList())));
        Map<Long, List<AccountabilityTable>> tables = new HashMap<>();
        for (Couple couple : coupleList) {
            tables.put(couple.getId(), tablesOf(couple, entriesByCouple.getOrDefault(couple.getId(), List.of()), null, null));
        }
        return tables;
    }

    /** One table per involved partner from the couple's entries (oldest first), as the viewer (null: staff) reads it. */
    private static List<AccountabilityTable> tablesOf(Couple couple, List<AccountabilityEntry> entries, Partner viewer,
                                                      LocalDate since) {
        List<AccountabilityTable> tables = new ArrayList<>();
        for (Partner involved : involvedPartners(couple)) {
            List<AccountabilityTable.Row> rows = new ArrayList<>();
            for (AccountabilityStep step : AccountabilityStep.values()) {
                List<AccountabilityEntry> ofStep = entries.stream()
                        .filter(e -> e.getInvolvedPartner().getId().equals(involved.getId()) && e.getStep() == step).toList();
                rows.add(row(step, ofStep, viewer, since));
            }
            tables.add(new AccountabilityTable(involved, rows));
        }
        return tables;
    }

    /**
     * Every entry of the couple, oldest first, with the answer that evidence links to, its assignment and template
     * (evidence shows the homework's title) in the same statement; read once per transaction, since the review asks
     * for the tables twice (as they stand, for the flags, and with what changed since the last session). A method
     * that wrote an entry and then read the tables in the same transaction would get the list from before: none does.
     */
    private List<AccountabilityEntry> entriesOf(long coupleId) {
        Supplier<List<AccountabilityEntry>> read = () -> em.createQuery("SELECT e FROM AccountabilityEntry e"
                        + " WHERE e.couple.id = :couple ORDER BY e.entryDate, e.id", AccountabilityEntry.class)
                .setHint(QueryHints.LEFT_FETCH, "e.answer")
                .setHint(QueryHints.LEFT_FETCH, "e.answer.assignment")
                .setHint(QueryHints.LEFT_FETCH, "e.answer.assignment.template")
                .setParameter("couple", coupleId)
                .getResultList();
        return memo == null ? read.get() : memo.remember(new CoupleEntries(coupleId), read);
    }

    /** The key of a couple's entries in {@link TransactionMemo}. */
    private record CoupleEntries(long coupleId) {
    }

    /**
     * The ratings and assessments of a couple dated in a period, oldest first, for a CSV: a therapist's couple in
     * their care with every comment; a partner's own couple with only the comments they may read in the portal.
     */
    public List<EntryForReport> entriesForReport(@NotNull Actor actor, long coupleId, LocalDate from, LocalDate to) {
        Partner reader = couples.readingPartner(actor, coupleId);
        return entriesOf(coupleId, from, to).stream().filter(e -> e.getKind() != EntryKind.EVIDENCE)
                .map(e -> new EntryForReport(e, reader == null || e.isShared()
                        || (e.getAuthorPartner() != null && mayReadComment(e, reader)) ? e.getText() : null))
                .toList();
    }

    /** Every entry of a couple in the actor's care dated in a period, oldest first: for the therapist's exports. */
    public List<AccountabilityEntry> entriesInCare(@NotNull Actor staff, long coupleId, LocalDate from, LocalDate to) {
        couples.requireInCare(staff, coupleId);
        return entriesOf(coupleId, from, to);
    }

    private List<AccountabilityEntry> entriesOf(long coupleId, LocalDate from, LocalDate to) {
        List<AccountabilityEntry> entries = em.createQuery("SELECT e FROM AccountabilityEntry e WHERE e.couple.id = :couple"
                        + " AND e.entryDate BETWEEN :from AND :to ORDER BY e.entryDate, e.id", AccountabilityEntry.class)
                .setParameter("couple", coupleId)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
        entries.forEach(e -> {
            e.getInvolvedPartner().getFullName();
            if (e.getAuthorPartner() != null) {
                e.getAuthorPartner().getFullName();
            }
        });
        return entries;
    }

    /**
     * A concrete action of the involved partner, optionally pointing at one of their submitted homework answers
     * (their own or a joint one; anything else is not found).
     */
    public AccountabilityEntry recordEvidence(@NotNull Actor client, AccountabilityStep step, LocalDate date, String whatIDid,
                                              Long linkedAnswerId) {
        Partner me = involvedSelf(client);
        Answer linked = linkedAnswerId == null ? null : homework.ownSubmittedAnswer(client, linkedAnswerId);
        return persist(client, AccountabilityEntry.evidence(me, step, date, whatIDid, linked, client.accountId(), today()));
    }

    public AccountabilityEntry rateSelf(@NotNull Actor client, AccountabilityStep step, Integer rating, String comment) {
        Partner me = involvedSelf(client);
        return persist(client, AccountabilityEntry.rating(me, step, EntryKind.SELF_RATING, me, rating, comment, true,
                client.accountId(), today()));
    }

    /** The hurt partner's view of how much the involved partner lives a step; the comment is private unless shared. */
    public AccountabilityEntry rateAsHurtPartner(@NotNull Actor client, long involvedPartnerId, AccountabilityStep step,
                                                 Integer rating, String comment, boolean shareComment) {
        Partner me = couples.findOwnPartner(client);
        Partner involved = me.getCouple().getPartners().stream()
                .filter(p -> p.getId() == involvedPartnerId && !p.getId().equals(me.getId())).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("Partner", involvedPartnerId));
        if (!isInvolved(involved) || !(me.getRecoveryRole() == RecoveryRole.HURT || me.getRecoveryRole() == RecoveryRole.BOTH)) {
            throw new BusinessRuleException("accountability.notHurtPartner");
        }
        return persist(client, AccountabilityEntry.rating(involved, step, EntryKind.HURT_RATING, me, rating, comment, shareComment,
                client.accountId(), today()));
    }

    public AccountabilityEntry assess(@NotNull Actor staff, long coupleId, long involvedPartnerId, AccountabilityStep step,
                                      Assessment assessment, String note) {
        Couple couple = couples.findInCare(staff, coupleId);
        Partner involved = involvedPartners(couple).stream().filter(p -> p.getId() == involvedPartnerId).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("Partner", involvedPartnerId));
        return persist(staff, AccountabilityEntry.assessment(involved, step, assessment, note, staff.accountId(), today()));
    }

    private AccountabilityEntry persist(Actor author, AccountabilityEntry entry) {
        em.persist(entry);
        audit.record(author, AuditAction.CREATE, AuditRecord.ACCOUNTABILITY, entry.getId(), entry.getCouple().getId(),
                entry.getKind().name());
        couples.touch(entry.getCouple());
        return entry;
    }

    private Partner involvedSelf(Actor client) {
        Partner me = couples.findOwnPartner(client);
        if (!isInvolved(me)) {
            throw new BusinessRuleException("accountability.notInvolvedPartner");
        }
        return me;
    }

    private static boolean isInvolved(Partner partner) {
        return partner.getRecoveryRole() == RecoveryRole.INVOLVED || partner.getRecoveryRole() == RecoveryRole.BOTH;
    }

    private static List<Partner> involvedPartners(Couple couple) {
        return couple.getPartners().stream().filter(AccountabilityService::isInvolved).toList();
    }

    /** The latest value of each kind, its trend against the one before, and what the viewer may read of comments. */
    static AccountabilityTable.Row row(AccountabilityStep step, List<AccountabilityEntry> ofStep, Partner viewer,
                                       LocalDate since) {
        List<AccountabilityEntry> hurt = ofKind(ofStep, EntryKind.HURT_RATING);
        List<AccountabilityEntry> self = ofKind(ofStep, EntryKind.SELF_RATING);
        List<AccountabilityEntry> assessments = ofKind(ofStep, EntryKind.ASSESSMENT);
        AccountabilityEntry latestHurt = last(hurt);
        AccountabilityEntry latestAssessment = last(assessments);
        String hurtComment = latestHurt == null || !mayReadComment(latestHurt, viewer) ? null : latestHurt.getText();
        List<AccountabilityEntry> evidence = evidence(ofStep).stream().limit(EVIDENCE_SHOWN).toList();
        return new AccountabilityTable.Row(step,
                latestHurt == null ? null : latestHurt.getRating(), trend(hurt), hurtComment,
                last(self) == null ? null : last(self).getRating(), trend(self),
                latestAssessment == null ? null : latestAssessment.getAssessment(),
                latestAssessment == null ? null : latestAssessment.getText(),
                evidence,
                since == null ? null : ratingBefore(hurt, since),
                since == null ? null : ratingBefore(self, since),
                since == null ? null : assessmentBefore(assessments, since),
                since == null ? List.of() : evidence(ofStep).stream().filter(e -> !e.getEntryDate().isBefore(since)).toList());
    }

    private static Integer ratingBefore(List<AccountabilityEntry> ratings, LocalDate day) {
        AccountabilityEntry before = last(before(ratings, day));
        return before == null ? null : before.getRating();
    }

    private static Assessment assessmentBefore(List<AccountabilityEntry> assessments, LocalDate day) {
        AccountabilityEntry before = last(before(assessments, day));
        return before == null ? null : before.getAssessment();
    }

    private static List<AccountabilityEntry> before(List<AccountabilityEntry> entries, LocalDate day) {
        return entries.stream().filter(e -> e.getEntryDate().isBefore(day)).toList();
    }

    /** A step's actions, newest first. */
    private static List<AccountabilityEntry> evidence(List<AccountabilityEntry> ofStep) {
        return ofKind(ofStep, EntryKind.EVIDENCE).stream()
                .sorted(Comparator.comparing(AccountabilityEntry::getEntryDate).reversed()).toList();
    }

    private static boolean mayReadComment(AccountabilityEntry entry, Partner viewer) {
        return viewer == null || entry.isShared() || Objects.equals(entry.getAuthorPartner().getId(), viewer.getId());
    }

    private static List<AccountabilityEntry> ofKind(List<AccountabilityEntry> entries, EntryKind kind) {
        return entries.stream().filter(e -> e.getKind() == kind).toList();
    }

    private static AccountabilityEntry last(List<AccountabilityEntry> entries) {
        return entries.isEmpty() ? null : entries.get(entries.size() - 1);
    }

    static AccountabilityTable.Trend trend(List<AccountabilityEntry> ratings) {
        if (ratings.isEmpty()) {
            return null;
        }
        if (ratings.size() == 1) {
            return AccountabilityTable.Trend.FIRST;
        }
        int latest = ratings.get(ratings.size() - 1).getRating();
        int before = ratings.get(ratings.size() - 2).getRating();
        return latest > before ? AccountabilityTable.Trend.UP
                : latest < before ? AccountabilityTable.Trend.DOWN : AccountabilityTable.Trend.SAME;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
