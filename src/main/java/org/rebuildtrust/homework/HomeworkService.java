package org.rebuildtrust.homework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.eclipse.persistence.config.QueryHints;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.rebuildtrust.audit.AuditAction;
import org.rebuildtrust.audit.AuditRecord;
import org.rebuildtrust.audit.AuditTrail;
import org.rebuildtrust.checkins.CheckIn;
import org.rebuildtrust.checkins.CheckInMeasure;
import org.rebuildtrust.checkins.CheckInService;
import org.rebuildtrust.couples.Couple;
import org.rebuildtrust.couples.CoupleService;
import org.rebuildtrust.couples.CoupleStatus;
import org.rebuildtrust.couples.HomeworkCounts;
import org.rebuildtrust.couples.Partner;
import org.rebuildtrust.security.Actor;
import org.rebuildtrust.shared.BusinessRuleException;
import org.rebuildtrust.shared.DateRange;
import org.rebuildtrust.shared.DuplicateSuspectedException;
import org.rebuildtrust.shared.RecordNotFoundException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Homework between sessions: the therapist assigns templates (once, repeating, or as a program), partners draft and
 * submit answers in the portal, the therapist reads, answers with feedback and marks them reviewed.
 * Every read goes through the couple's access rules and {@link AnswerVisibility}, so no page, AJAX response or
 * export built on this service can show a partner an answer they may not see.
 */
@ApplicationScoped
@Transactional
public class HomeworkService {

    /** Homework is due from today on, and not beyond what a course of therapy plans ahead. */
    /** An answer not yet submitted; one submitted, whether reviewed or not. */
    private static final List<AnswerStatus> OPEN = List.of(AnswerStatus.ASSIGNED, AnswerStatus.IN_PROGRESS);
    private static final List<AnswerStatus> DONE = List.of(AnswerStatus.SUBMITTED, AnswerStatus.REVIEWED);

    public static final DateRange DUE_DATES = new DateRange(null, Period.ofYears(2), "assignment.dueDateRange", "dueDate");
    /** A repeating assignment's last date lies no further ahead than a single due date may. */
    public static final DateRange REPEAT_UNTIL_DATES = new DateRange(null, Period.ofYears(2),
            "assignment.repeatUntilRange", "repeatUntil");


    @PersistenceContext
    EntityManager em;

    @Inject
    CoupleService couples;

    @Inject
    LibraryService library;

    @Inject
    CheckInService checkIns;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    protected HomeworkService() {
        // for CDI
    }

    public HomeworkService(EntityManager em, CoupleService couples, LibraryService library, CheckInService checkIns,
                           AuditTrail audit, Clock clock) {
        this.audit = audit;
        this.em = em;
        this.couples = couples;
        this.library = library;
        this.checkIns = checkIns;
        this.clock = clock;
    }

    // ---- the therapist ---------------------------------------------------------------------------------------

    /**
     * Gives a template to a couple; with a recurrence, one assignment per occurrence, each with its own due date
     * (weekly or every N days until the given date, at most {@value AssignmentRequest#MAX_OCCURRENCES}).
     */
    public List<Assignment> assign(@NotNull Actor actor, long coupleId, @NotNull AssignmentRequest request) {
        Couple couple = couples.findInCare(actor, coupleId);
        if (request.getTemplateId() == null) {
            throw new BusinessRuleException("assignment.chooseTemplate", "template");
        }
        DUE_DATES.check(request.getDueDate(), today());
        if (request.getRecurrence() != AssignmentRequest.Recurrence.NONE) {
            REPEAT_UNTIL_DATES.check(request.getRepeatUntil(), today());
        }
        Template template = library.find(actor, request.getTemplateId());
        holdJointWork(couple, request.getAssignee(), request.getVisibility());
        Partner onlyPartner = partnerOf(couple, request);
        List<LocalDate> later = occurrencesAfter(request);
        if (!request.isDuplicateConfirmed()) {
            warnOfOpenDuplicate(actor, coupleId, template, request, onlyPartner, later);
        }
        Assignment first = Assignment.give(couple, template, request.getAssignee(), onlyPartner,
                request.getVisibility(), request.getDueDate(), request.getPersonalInstructions(), actor.accountId(), today());
        em.persist(first);
        List<Assignment> given = new ArrayList<>(List.of(first));
        if (!later.isEmpty()) {
            first.joinSeries(first.getId());
            for (LocalDate due : later) {
                Assignment next = first.repeatOn(due);
                em.persist(next);
                given.add(next);
            }
        }
        given.forEach(a -> audit.record(actor, AuditAction.CREATE, AuditRecord.ASSIGNMENT, a.getId(), coupleId, null));
        couples.touch(couple);
        return given;
    }

    /**
     * The same template (any revision), for the same partner or partners, due on the same day as homework still open
     * is most likely given twice by mistake: the therapist is warned and may confirm.
     */
    private void warnOfOpenDuplicate(Actor actor, long coupleId, Template template, AssignmentRequest request,
                                     Partner onlyPartner, List<LocalDate> laterDueDates) {
        List<LocalDate> dueDates = new ArrayList<>(laterDueDates);
        dueDates.add(request.getDueDate());
        boolean duplicate = assignmentsOf(actor, coupleId).stream()
                .filter(a -> !a.isCancelled() && a.getAnswers().stream().anyMatch(an -> !an.getStatus().isDone()))
                .anyMatch(a -> a.getTemplate().getFamilyId().equals(template.getFamilyId())
                        && a.getAssignee() == request.getAssignee()
                        && java.util.Objects.equals(a.getPartner() == null ? null : a.getPartner().getId(),
                        onlyPartner == null ? null : onlyPartner.getId())
                        && dueDates.contains(a.getDueDate()));
        if (duplicate) {
            throw new DuplicateSuspectedException("assignment.duplicate", "template");
        }
    }

    /** Gives every template of a program in one action, due at the program's spacing from the first due date. */
    public List<Assignment> assignProgram(@NotNull Actor actor, long coupleId, @NotNull AssignmentRequest request) {
        Couple couple = couples.findInCare(actor, coupleId);
        if (request.getProgramId() == null) {
            throw new BusinessRuleException("assignment.chooseTemplate", "template");
        }
        if (request.getDueDate() == null || request.getDueDate().isBefore(today())) {
            throw new BusinessRuleException("assignment.dueInPast", "dueDate");
        }
        DUE_DATES.check(request.getDueDate(), today());
        Program program = library.program(actor, request.getProgramId());
        List<Assignment> given = new ArrayList<>();
        Long runId = null;
        boolean jointWorkCleared = false; // the couple's safety and signatures, looked up once for the whole program
        for (ProgramItem item : program.getItems()) {
            Template template = library.currentOfFamily(actor, item.getTemplateFamilyId());
            Assignee assignee = template.getAudience() == Audience.TOGETHER ? Assignee.TOGETHER : request.getAssignee();
            Visibility visibility = assignee == Assignee.EACH_PARTNER ? request.getVisibility()
                    : request.getVisibility() == Visibility.REVEAL_TOGETHER ? Visibility.SHARED : request.getVisibility();
            if (!jointWorkCleared) {
                jointWorkCleared = holdJointWork(couple, assignee, visibility);
            }
            Assignment assignment = Assignment.give(couple, template, assignee, partnerOf(couple, request), visibility,
                    request.getDueDate().plusDays(item.getOffsetDays()), request.getPersonalInstructions(),
                    actor.accountId(), today());
            em.persist(assignment);
            if (runId == null) {
                runId = assignment.getId();
            }
            assignment.joinProgramRun(runId);
            given.add(assignment);
        }
        given.forEach(a -> audit.record(actor, AuditAction.CREATE, AuditRecord.ASSIGNMENT, a.getId(), coupleId, null));
        couples.touch(couple);
        return given;
    }

    /**
     * Joint work waits: while a partner's safety screen waits for the therapist's decision, or while a partner has not
     * signed the practice's secrets policy, nothing is given that brings the partners'
     * words together: no joint homework, nothing one partner writes that the other would read (shared or revealed
     * together). Private homework, read only by its writer and the therapist, may still be given. Returns whether the
     * couple was found clear for joint work (false: the homework was private, nothing was looked up).
     */
    private boolean holdJointWork(Couple couple, Assignee assignee, Visibility visibility) {
        if (assignee != Assignee.TOGETHER && visibility == Visibility.PRIVATE) {
            return false; // private homework: what one partner writes, the other never reads
        }
        if (couple.isSafetyHold()) {
            throw new BusinessRuleException("assignment.safetyHold", "partner");
        }
        // joint work starts once both partners know, and have signed, what the therapist does with a secret
        List<Partner> unsigned = org.rebuildtrust.policy.PolicyService.unsignedPartners(em, couple);
        if (!unsigned.isEmpty()) {
            throw new BusinessRuleException("assignment.policyUnsigned", "partner",
                    String.join(", ", unsigned.stream().map(Partner::getFullName).toList()));
        }
        return true;
    }

    /**
     * Every assignment of a couple with its template, answers and their partners, newest due first: one statement.
     * EclipseLink's hints again (see {@link #withTemplateAndPartner}): with JPQL's JOIN FETCH, each answer's partner was
     * read on its own.
     */
    public List<Assignment> assignmentsOf(@NotNull Actor actor, long coupleId) {
        couples.requireInCare(actor, coupleId);
        return em.createQuery("SELECT DISTINCT a FROM Assignment a WHERE a.couple.id = :couple"
                        + " ORDER BY a.dueDate DESC, a.id DESC", Assignment.class)
                .setHint(QueryHints.FETCH, "a.template")
                .setHint(QueryHints.FETCH, "a.answers")
                .setHint(QueryHints.LEFT_FETCH, "a.answers.partner")
                .setParameter("couple", coupleId)
                .getResultList();
    }

    /**
     * What the between-session review lists of a couple's homework (see {@link BetweenSessionHomework}): at most
     * {@code limit} answers per list, newest due first, and each list's total: two statements whatever the couple's
     * history (one when the lists are empty). The first finds which answers each list shows and how many it has, in
     * the database (SQL: EclipseLink writes a JPQL CASE with its constants inline, and H2 refuses its
     * "cancelled = 0"); the second reads the shown answers with what the lists show of them.
     */
    public BetweenSessionHomework forReview(@NotNull Actor actor, long coupleId, @NotNull Instant submittedFrom,
                                            int limit) {
        couples.requireInCare(actor, coupleId);
        String ranked = "SELECT %d AS list, an.id AS answer_id,"
                + " ROW_NUMBER() OVER (ORDER BY a.due_date DESC, a.id DESC, an.id) AS place, COUNT(*) OVER () AS total"
                + " FROM answer an JOIN assignment a ON a.id = an.assignment_id"
                + " WHERE a.couple_id = ? AND a.cancelled = FALSE AND %s";
        @SuppressWarnings("unchecked")
        List<Object[]> shown = em.createNativeQuery("SELECT list, answer_id, total FROM ("
                        + ranked.formatted(0, "an.status IN ('SUBMITTED', 'REVIEWED') AND an.submitted_at >= ?")
                        + " UNION ALL " + ranked.formatted(1, "an.status = 'SUBMITTED'")
                        + " UNION ALL " + ranked.formatted(2, "an.status IN ('ASSIGNED', 'IN_PROGRESS') AND a.due_date < ?")
                        + ") lists WHERE place <= ? ORDER BY list, place")
                .setParameter(1, coupleId)
                .setParameter(2, java.sql.Timestamp.from(submittedFrom))
                .setParameter(3, coupleId)
                .setParameter(4, coupleId)
                .setParameter(5, today())
                .setParameter(6, limit)
                .getResultList();
        Map<Long, Answer> read = shown.isEmpty() ? Map.of()
                : withTemplateAndPartner(em.createQuery("SELECT an FROM Answer an WHERE an.id IN :ids", Answer.class))
                .setParameter("ids", shown.stream().map(row -> ((Number) row[1]).longValue()).distinct().toList())
                .getResultList().stream().collect(Collectors.toMap(Answer::getId, answer -> answer));
        List<List<Answer>> lists = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        long[] totals = new long[3];
        for (Object[] row : shown) {
            int list = ((Number) row[0]).intValue();
            lists.get(list).add(read.get(((Number) row[1]).longValue()));
            totals[list] = ((Number) row[2]).longValue();
        }
        return new BetweenSessionHomework(lists.get(0), totals[0], lists.get(1), totals[1], lists.get(2), totals[2]);
    }

    /**
     * Answers read with their assignment, its template and their partner in the same statement. EclipseLink's hints,
     * not JPQL's JOIN FETCH: a JOIN FETCH of an alias of a fetched relation (a.template) is not fetched, and each
     * distinct template was read on its own.
     */
    private static TypedQuery<Answer> withTemplateAndPartner(TypedQuery<Answer> query) {
        query.setHint(QueryHints.FETCH, "an.assignment");
        query.setHint(QueryHints.FETCH, "an.assignment.template");
        query.setHint(QueryHints.LEFT_FETCH, "an.partner");
        return query;
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /**
     * The couple's answers to homework due in a period, or due before it and submitted in it (late work done then);
     * never homework due after the period's end, even if submitted early: it belongs to a later period. Cut as a
     * report for the actor may carry them: everything for
     * their therapist; for a partner, their own and joint answers and the other partner's answers they may see in the
     * portal, but never the text of homework given as private, not even their own (a downloaded file travels further
     * than the portal).
     */
    public List<AnswerForReport> answersForReport(@NotNull Actor actor, long coupleId, LocalDate from, LocalDate to) {
        Partner viewer = couples.readingPartner(actor, coupleId);
        List<Assignment> assignments = em.createQuery("SELECT DISTINCT a FROM Assignment a JOIN FETCH a.template"
                        + " JOIN FETCH a.answers an LEFT JOIN FETCH an.partner WHERE a.couple.id = :couple"
                        + " AND a.cancelled = FALSE ORDER BY a.dueDate, a.id", Assignment.class)
                .setParameter("couple", coupleId)
                .getResultList().stream()
                .filter(a -> !a.getDueDate().isAfter(to))
                .filter(a -> within(a.getDueDate(), from, to) || a.getAnswers().stream().anyMatch(an ->
                        an.getSubmittedAt() != null && within(LocalDate.ofInstant(an.getSubmittedAt(), clock.getZone()), from, to)))
                .toList();
        List<AnswerForReport> lines = new ArrayList<>();
        for (Assignment assignment : assignments) {
            assignment.getTemplate().getPrompts().size();
            for (Answer answer : assignment.getAnswers()) {
                answer.getValues().size();
                if (viewer == null) {
                    lines.add(new AnswerForReport(answer, AnswerVisibility.visibleToTherapist(answer)));
                } else if (AnswerVisibility.visibleToPartner(answer, viewer)) {
                    lines.add(new AnswerForReport(answer, assignment.getVisibility() != Visibility.PRIVATE));
                }
            }
        }
        return lines;
    }

    /** One assignment with every answer and value, for the therapist's side-by-side reading. */
    public Assignment review(@NotNull Actor actor, long assignmentId) {
        Assignment assignment = assignmentInCare(actor, assignmentId);
        assignment.getTemplate().getPrompts().size();
        assignment.getAnswers().forEach(answer -> answer.getValues().size());
        return assignment;
    }

    public void cancel(@NotNull Actor actor, long assignmentId) {
        Assignment assignment = assignmentInCare(actor, assignmentId);
        assignment.cancel();
        audited(actor, assignment, "cancelled");
        couples.changed(assignment.getCouple());
    }

    public void moveDueDate(@NotNull Actor actor, long assignmentId, LocalDate newDueDate) {
        Assignment assignment = assignmentInCare(actor, assignmentId);
        DUE_DATES.check(newDueDate, today());
        assignment.moveDueDate(newDueDate, today());
        audited(actor, assignment, "due date moved");
        couples.changed(assignment.getCouple());
    }

    private void audited(Actor actor, Assignment assignment, String detail) {
        audit.record(actor, AuditAction.CHANGE, AuditRecord.ASSIGNMENT, assignment.getId(), assignment.getCouple().getId(),
                detail);
    }

    private void audited(Actor actor, Answer answer, String detail) {
        audit.record(actor, AuditAction.CHANGE, AuditRecord.HOMEWORK_ANSWER, answer.getId(),
                answer.getAssignment().getCouple().getId(), detail);
    }

    /** Shifts the program items nobody has finished by some days (negative moves them earlier, never into the past). */
    public int shiftRemaining(@NotNull Actor actor, long assignmentId, int days) {
        List<Assignment> remaining = remainingOfProgram(actor, assignmentId);
        remaining.forEach(a -> DUE_DATES.check(a.getDueDate().plusDays(days), today()));
        remaining.forEach(a -> a.moveDueDate(a.getDueDate().plusDays(days), today()));
        remaining.forEach(a -> audited(actor, a, "due date moved"));
        changedCoupleOf(remaining);
        return remaining.size();
    }

    public int cancelRemaining(@NotNull Actor actor, long assignmentId) {
        List<Assignment> remaining = remainingOfProgram(actor, assignmentId);
        remaining.forEach(Assignment::cancel);
        remaining.forEach(a -> audited(actor, a, "cancelled"));
        changedCoupleOf(remaining);
        return remaining.size();
    }

    /** The caseload's counts and marker follow overdue and waiting answers (the couple of a program's items). */
    private void changedCoupleOf(List<Assignment> assignments) {
        assignments.stream().findFirst().ifPresent(a -> couples.changed(a.getCouple()));
    }

    public void reopen(@NotNull Actor actor, long answerId) {
        Answer answer = answerInCare(actor, answerId);
        answer.reopen();
        audited(actor, answer, "reopened");
        couples.changed(answer.getAssignment().getCouple());
    }

    public void giveFeedback(@NotNull Actor actor, long answerId, @Size(max = Answer.FEEDBACK_LENGTH) String feedback) {
        Answer answer = answerInCare(actor, answerId);
        answer.giveFeedback(feedback, now());
        audited(actor, answer, "feedback");
    }

    public void markReviewed(@NotNull Actor actor, long answerId) {
        Answer answer = answerInCare(actor, answerId);
        answer.markReviewed(now());
        audited(actor, answer, "reviewed");
        couples.changed(answer.getAssignment().getCouple());
    }

    /**
     * Overdue answers and answers waiting for review, per couple and partner, of couples of the staff member's
     * practice: two statements for any number of couples, each counting in the database (a couple two years in may
     * have hundreds of answers; the caller needs two numbers per partner, not the answers).
     */
    public Map<Long, HomeworkCounts> countsFor(@NotNull Actor actor, Collection<Long> coupleIds) {
        if (actor.isClient()) {
            return new HashMap<>();
        }
        return counts(coupleIds, actor.practiceId());
    }

    /**
     * The same counts for the caseload's refresh, which works for no one signed in (the couples' ids come from the
     * database, not from a request).
     */
    public Map<Long, HomeworkCounts> countsOf(Collection<Long> coupleIds) {
        return counts(coupleIds, null);
    }

    private Map<Long, HomeworkCounts> counts(Collection<Long> coupleIds, Long practiceId) {
        Map<Long, HomeworkCounts> counts = new HashMap<>();
        if (coupleIds.isEmpty()) {
            return counts;
        }
        // both counts in one statement: the answers overdue today and those waiting for review, per couple, seat (a
        // joint answer's is null) and status (a waiting answer's is SUBMITTED, an overdue one's an open status)
        TypedQuery<Object[]> query = em.createQuery("SELECT a.couple.id, p.seat, COUNT(an), an.status"
                        + " FROM Answer an JOIN an.assignment a LEFT JOIN an.partner p"
                        + " WHERE a.couple.id IN :couples AND a.cancelled = :cancelled"
                        + (practiceId == null ? "" : " AND a.couple.practice.id = :practice")
                        + " AND ((an.status IN :open AND a.dueDate < :today) OR an.status = :submitted)"
                        + " GROUP BY a.couple.id, p.seat, an.status", Object[].class)
                .setParameter("couples", coupleIds)
                .setParameter("cancelled", false)
                .setParameter("open", OPEN)
                .setParameter("today", today())
                .setParameter("submitted", AnswerStatus.SUBMITTED);
        if (practiceId != null) {
            query.setParameter("practice", practiceId);
        }
        for (Object[] row : query.getResultList()) {
            boolean waiting = row[3] == AnswerStatus.SUBMITTED;
            counts.merge(coupleOf(row), HomeworkCounts.NONE.plus(seatOf(row), waiting ? 0 : countOf(row),
                    waiting ? countOf(row) : 0), HomeworkCounts::plus);
        }
        return counts;
    }

    /**
     * Couples not closed with an answer overdue today: the nightly refresh of the caseload's counts covers them
     * besides the couples it watches anyway (one statement, at night). A closed couple's homework is not counted.
     */
    public List<Long> coupleIdsWithOverdueHomework() {
        return em.createQuery("SELECT DISTINCT a.couple.id FROM Answer an JOIN an.assignment a"
                        + " WHERE a.cancelled = FALSE AND an.status IN :open AND a.dueDate < :today"
                        + " AND a.couple.status <> :closed", Long.class)
                .setParameter("open", OPEN)
                .setParameter("closed", CoupleStatus.CLOSED)
                .setParameter("today", today())
                .getResultList();
    }

    private static long coupleOf(Object[] row) {
        return ((Number) row[0]).longValue();
    }

    private static long countOf(Object[] row) {
        return ((Number) row[2]).longValue();
    }

    /** The partner's seat, or 0 for a joint answer. */
    private static int seatOf(Object[] row) {
        return row[1] == null ? 0 : ((Number) row[1]).intValue();
    }

    // ---- the partner -----------------------------------------------------------------------------------------

    /** The signed-in partner's homework (their own answers and their couple's joint ones), soonest due first. */
    public List<Answer> homeworkOf(@NotNull Actor client) {
        return answersOf(client, List.of(AnswerStatus.values()), "a.dueDate, a.id").getResultList();
    }

    /** The partner's (:me) own answers and their couple's joint ones, of homework not cancelled, in :statuses. */
    private static final String OWN_AND_JOINT = " WHERE a.cancelled = FALSE AND an.status IN :statuses"
            + " AND (an.partner.id = :me OR (an.partner IS NULL AND a.couple.id = :couple))";

    /**
     * The partner's own and joint answers of homework not cancelled, in some statuses: a partner two years in has
     * hundreds of answers, and a page that needs the open ones does not read them all.
     */
    private TypedQuery<Answer> answersOf(Actor client, List<AnswerStatus> statuses, String orderBy) {
        CoupleService.OwnSeat me = couples.ownSeat(client);
        return withTemplateAndPartner(em.createQuery("SELECT an FROM Answer an JOIN an.assignment a"
                        + OWN_AND_JOINT + " ORDER BY " + orderBy, Answer.class))
                .setParameter("statuses", statuses)
                .setParameter("me", me.partnerId())
                .setParameter("couple", me.coupleId());
    }

    /**
     * What the partner has to do now: every open answer, except that of a repeating series (a weekly check-in, say)
     * only the next one due is listed, and any overdue; the later ones appear as their turn comes.
     */
    public List<Answer> openHomeworkOf(@NotNull Actor client) {
        LocalDate today = today();
        java.util.Set<Long> seriesListed = new java.util.HashSet<>();
        List<Answer> open = new ArrayList<>();
        for (Answer answer : answersOf(client, OPEN, "a.dueDate, a.id").getResultList()) { // soonest due first
            Long series = answer.getAssignment().getSeriesId();
            if (series == null || answer.isOverdue(today) || seriesListed.add(series)) {
                open.add(answer);
            }
        }
        return open;
    }

    /** The partner's most recently submitted answers, at most {@code limit}, and how many they submitted in all. */
    public CompletedHomework completedHomeworkOf(@NotNull Actor client, int limit) {
        List<Answer> shown = answersOf(client, DONE, "an.submittedAt DESC, a.id DESC").setMaxResults(limit)
                .getResultList();
        if (shown.size() < limit) {
            return new CompletedHomework(shown, shown.size());
        }
        CoupleService.OwnSeat me = couples.ownSeat(client);
        long total = em.createQuery("SELECT COUNT(an) FROM Answer an JOIN an.assignment a" + OWN_AND_JOINT, Long.class)
                .setParameter("statuses", DONE)
                .setParameter("me", me.partnerId())
                .setParameter("couple", me.coupleId())
                .getSingleResult();
        return new CompletedHomework(shown, total);
    }

    /** A partner's latest submitted answers, and how many there are in all. */
    public record CompletedHomework(List<Answer> shown, long total) {

        public long notShown() {
            return total - shown.size();
        }
    }

    /**
     * Records the partner's check-in from the check-in page. Their own weekly check-in homework due in the same week,
     * if still open, is answered with the same ratings and submitted, so that one check-in is never asked for twice.
     */
    public CheckInService.Saved checkIn(@NotNull Actor client, @NotNull CheckIn.Ratings ratings) {
        CheckInService.Saved saved = checkIns.checkIn(client, ratings);
        LocalDate week = saved.checkIn().getWeekStart();
        for (Answer answer : answersOf(client, OPEN, "a.dueDate, a.id").getResultList()) {
            LocalDate due = answer.getAssignment().getDueDate();
            if (answer.isJoint() || due.isBefore(week) || due.isAfter(week.plusDays(6))
                    || !answer.getAssignment().getTemplate().isCheckIn()) {
                continue;
            }
            Answer locked = ownAnswerToWrite(client, answer.getId());
            if (locked.answerWithCheckIn(ratings, now())) {
                audited(client, locked, "submitted with the week's check-in");
                couples.touch(locked.getAssignment().getCouple());
            }
        }
        return saved;
    }

    /** The signed-in partner's submitted answers (own and joint), newest first: what their evidence may point at. */
    public List<Answer> submittedAnswersOf(@NotNull Actor client) {
        return answersOf(client, DONE, "an.submittedAt DESC, a.id DESC").getResultStream()
                .filter(a -> a.getSubmittedAt() != null).toList();
    }

    /** One of {@link #submittedAnswersOf}; anything else (another partner's, a draft, a cancelled one) is not found. */
    public Answer ownSubmittedAnswer(@NotNull Actor client, long answerId) {
        Answer answer = ownAnswer(client, answerId);
        if (!answer.getStatus().isDone()) {
            throw new RecordNotFoundException("Answer", answerId);
        }
        return answer;
    }

    /**
     * One assignment as its partner sees it. Another couple's, the other partner's own, or a cancelled
     * assignment is simply not found.
     */
    public AnswerSheet sheet(@NotNull Actor client, long assignmentId) {
        Partner me = couples.findOwnPartner(client);
        Assignment assignment = em.find(Assignment.class, assignmentId);
        if (assignment == null || assignment.isCancelled()
                || !assignment.getCouple().getId().equals(me.getCouple().getId())) {
            throw new RecordNotFoundException("Assignment", assignmentId);
        }
        Answer mine = assignment.getAnswers().stream().filter(a -> a.isWrittenBy(me)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("Assignment", assignmentId));
        List<Answer> others = assignment.getAnswers().stream()
                .filter(a -> a != mine && AnswerVisibility.visibleToPartner(a, me)).toList();
        others.forEach(a -> a.getValues().size());
        mine.getValues().size();
        assignment.getTemplate().getPrompts().size();
        boolean waiting = assignment.getVisibility() == Visibility.REVEAL_TOGETHER && mine.getStatus().isDone()
                && !assignment.allAnswersDone();
        return new AnswerSheet(assignment, mine, others, waiting);
    }

    /** Saves what the partner has typed so far; see {@link Answer#saveDraft}. */
    public DraftSaved saveDraft(@NotNull Actor client, long answerId, @NotNull Map<Long, String> typed,
                                @NotNull Map<Long, Long> seenVersions) {
        Answer answer = ownAnswerToWrite(client, answerId);
        List<Long> conflicts = answer.saveDraft(typed, seenVersions, now());
        em.flush();
        audited(client, answer, "draft saved");
        return new DraftSaved(answer.valueTexts(), answer.valueVersions(), conflicts, answer.getStatus(), false);
    }

    /**
     * Saves the last typed values and submits. Refused, with nothing written, when something required is missing,
     * out of range or too long, when it was submitted already, or when someone else changed it meanwhile.
     */
    public DraftSaved submit(@NotNull Actor client, long answerId, @NotNull Map<Long, String> typed,
                             @NotNull Map<Long, Long> seenVersions) {
        Answer answer = ownAnswerToWrite(client, answerId);
        List<Long> conflicts = answer.saveDraft(typed, seenVersions, now());
        if (!conflicts.isEmpty()) {
            throw new BusinessRuleException("answer.changedMeanwhile");
        }
        answer.submit(now());
        audited(client, answer, "submitted");
        boolean checkedIn = recordCheckIn(client, answer);
        couples.touch(answer.getAssignment().getCouple());
        em.flush();
        return new DraftSaved(answer.valueTexts(), answer.valueVersions(), List.of(), answer.getStatus(), checkedIn);
    }

    /**
     * A submitted weekly check-in homework is also the partner's check-in for this week (revising one made earlier
     * that week), so the charts and flags see it. Joint answers are not check-ins: each partner rates for themselves.
     */
    private boolean recordCheckIn(Actor client, Answer answer) {
        if (answer.isJoint()) {
            return false;
        }
        Map<Long, String> texts = answer.valueTexts();
        Map<CheckInMeasure, String> byMeasure = new EnumMap<>(CheckInMeasure.class);
        for (Prompt prompt : answer.getAssignment().getTemplate().getPrompts()) {
            if (prompt.getCheckInMeasure() != null && texts.get(prompt.getId()) != null) {
                byMeasure.put(prompt.getCheckInMeasure(), texts.get(prompt.getId()));
            }
        }
        Optional<CheckIn.Ratings> ratings = CheckInMeasure.ratingsFrom(byMeasure);
        ratings.ifPresent(r -> checkIns.checkIn(client, r));
        return ratings.isPresent();
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private Answer ownAnswer(Actor client, long answerId) {
        Partner me = couples.findOwnPartner(client);
        Answer answer = em.find(Answer.class, answerId);
        if (answer == null || answer.getAssignment().isCancelled() || !answer.isWrittenBy(me)) {
            throw new RecordNotFoundException("Answer", answerId);
        }
        return answer;
    }

    /**
     * The partner's own answer, locked until the save commits: the two authors of a joint answer (or one partner in
     * two tabs) saving at the same moment then take turns, and the second compares against what the first stored.
     */
    private Answer ownAnswerToWrite(Actor client, long answerId) {
        em.find(Answer.class, answerId, LockModeType.PESSIMISTIC_WRITE); // read (and locked) before anything else is
        return ownAnswer(client, answerId);
    }

    private Assignment assignmentInCare(Actor actor, long assignmentId) {
        Assignment assignment = em.find(Assignment.class, assignmentId);
        if (assignment == null) {
            throw new RecordNotFoundException("Assignment", assignmentId);
        }
        couples.requireInCare(actor, assignment.getCouple().getId());
        return assignment;
    }

    private Answer answerInCare(Actor actor, long answerId) {
        Answer answer = em.find(Answer.class, answerId);
        if (answer == null) {
            throw new RecordNotFoundException("Answer", answerId);
        }
        couples.requireInCare(actor, answer.getAssignment().getCouple().getId());
        return answer;
    }

    private List<Assignment> remainingOfProgram(Actor actor, long assignmentId) {
        Assignment any = assignmentInCare(actor, assignmentId);
        if (any.getProgramRunId() == null) {
            throw new BusinessRuleException("assignment.notInProgram");
        }
        return em.createQuery("SELECT a FROM Assignment a WHERE a.programRunId = :run", Assignment.class)
                .setParameter("run", any.getProgramRunId())
                .getResultList().stream().filter(Assignment::isRemaining).toList();
    }

    private static Partner partnerOf(Couple couple, AssignmentRequest request) {
        if (request.getAssignee() != Assignee.ONE_PARTNER || request.getPartnerId() == null) {
            return null;
        }
        return couple.getPartners().stream().filter(p -> p.getId().equals(request.getPartnerId())).findFirst()
                .orElseThrow(() -> new BusinessRuleException("assignment.choosePartner", "partner"));
    }

    /** Due dates after the first for a repeating assignment. */
    static List<LocalDate> occurrencesAfter(AssignmentRequest request) {
        int step = switch (request.getRecurrence()) {
            case NONE -> 0;
            case WEEKLY -> 7;
            case EVERY_N_DAYS -> request.getEveryDays() == null ? -1 : request.getEveryDays();
        };
        if (step == 0) {
            return List.of();
        }
        if (step < 1 || step > 90) {
            throw new BusinessRuleException("assignment.everyDays", "everyDays");
        }
        if (request.getRepeatUntil() == null || request.getDueDate() == null
                || !request.getRepeatUntil().isAfter(request.getDueDate())) {
            throw new BusinessRuleException("assignment.repeatUntil", "repeatUntil");
        }
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate due = request.getDueDate().plusDays(step); !due.isAfter(request.getRepeatUntil());
             due = due.plusDays(step)) {
            dates.add(due);
            if (dates.size() + 1 > AssignmentRequest.MAX_OCCURRENCES) {
                throw new BusinessRuleException("assignment.tooManyOccurrences", "repeatUntil");
            }
        }
        return dates;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
