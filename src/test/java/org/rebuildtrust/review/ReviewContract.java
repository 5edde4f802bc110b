package org.rebuildtrust.review;

import org.junit.jupiter.api.Test;
import org.rebuildtrust.accountability.AccountabilityService;
import org.rebuildtrust.accountability.AccountabilityStep;
import org.rebuildtrust.accountability.AccountabilityTable;
import org.rebuildtrust.accountability.Assessment;
import org.rebuildtrust.checkins.CheckIn;
import org.rebuildtrust.checkins.CheckInService;
import org.rebuildtrust.couples.CaseloadQuery;
import org.rebuildtrust.couples.CaseloadRow;
import org.rebuildtrust.couples.Couple;
import org.rebuildtrust.couples.CoupleService;
import org.rebuildtrust.couples.CoupleStatus;
import org.rebuildtrust.couples.HomeworkCounts;
import org.rebuildtrust.homework.Answer;
import org.rebuildtrust.homework.Assignee;
import org.rebuildtrust.homework.Assignment;
import org.rebuildtrust.homework.AssignmentRequest;
import org.rebuildtrust.homework.BetweenSessionHomework;
import org.rebuildtrust.homework.HomeworkService;
import org.rebuildtrust.homework.Template;
import org.rebuildtrust.couples.RecoveryRole;
import org.rebuildtrust.database.DailyJobs;
import org.rebuildtrust.milestones.Milestone;
import org.rebuildtrust.milestones.MilestoneKind;
import org.rebuildtrust.security.Actor;
import org.rebuildtrust.testsupport.DatabaseContract;
import org.rebuildtrust.testsupport.JpaTestContext;
import org.rebuildtrust.testsupport.StatementCounter;
import org.rebuildtrust.testsupport.PracticeFixture;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The between-session review and the caseload's needs-attention marker, on a real database. */
abstract class ReviewContract extends DatabaseContract {

    private static final LocalDate TODAY = PracticeFixture.TODAY;
    private static final AccountabilityStep TRANSPARENCY = AccountabilityStep.PROVIDE_TRANSPARENCY;

    private Couple couple(PracticeFixture practice, String label, CoupleStatus status, RecoveryRole a, RecoveryRole b) {
        return couple(jpa, practice, label, status, a, b);
    }

    private static Couple couple(JpaTestContext context, PracticeFixture practice, String label, CoupleStatus status,
                                 RecoveryRole a, RecoveryRole b) {
        Couple created = practice.coupleStartedOn(TODAY.minusDays(30), practice.first, practice.label(label), "Ada", "Ben");
        return context.inTransaction(() -> {
            Couple edited = practice.couples.find(practice.first, created.getId());
            edited.partnerA().setRecoveryRole(a);
            edited.partnerB().setRecoveryRole(b);
            edited.setStatus(status);
            return practice.couples.update(practice.first, edited);
        });
    }

    private static Clock daysAgo(int days) {
        return Clock.fixed(PracticeFixture.CLOCK.instant().minusSeconds(days * 86_400L), ZoneOffset.UTC);
    }

    @Test
    void theReviewComparesEachStepWithHowItStoodBeforeTheLastSessionAndListsWhatIsNew() {
        PracticeFixture practice = new PracticeFixture(jpa);
        Couple couple = couple(practice, "Review", CoupleStatus.ACTIVE, RecoveryRole.INVOLVED, RecoveryRole.HURT);
        Actor ada = practice.portalLoginFor(couple, 1, "ada");
        Actor ben = practice.portalLoginFor(couple, 2, "ben");
        long adaId = couple.partnerA().getId();
        AccountabilityService tenDaysAgo = new AccountabilityService(jpa.em(), practice.couples, practice.homework,
                practice.audit, daysAgo(10));
        CheckInService checkInsThen = new CheckInService(jpa.em(), practice.couples, practice.audit, daysAgo(10));
        jpa.inTransaction(() -> {
            tenDaysAgo.recordEvidence(ada, TRANSPARENCY, TODAY.minusDays(10), "Old action", null);
            tenDaysAgo.rateSelf(ada, TRANSPARENCY, 5, null);
            tenDaysAgo.rateAsHurtPartner(ben, adaId, TRANSPARENCY, 3, null, false);
            tenDaysAgo.assess(practice.first, couple.getId(), adaId, TRANSPARENCY, Assessment.BEGINNING, null);
            checkInsThen.checkIn(ada, new CheckIn.Ratings(5, 5, 5, 5, null));
            return null;
        });
        jpa.inTransaction(() -> practice.sessions.record(practice.first, couple.getId(), TODAY.minusDays(7), true, true));
        jpa.inTransaction(() -> {
            practice.accountability.recordEvidence(ada, TRANSPARENCY, TODAY.minusDays(2), "New action", null);
            practice.accountability.rateSelf(ada, TRANSPARENCY, 8, null);
            practice.accountability.rateAsHurtPartner(ben, adaId, TRANSPARENCY, 4, null, false);
            practice.checkIns.checkIn(ada, new CheckIn.Ratings(6, 5, 5, 5, null));
            practice.milestones.log(ben, MilestoneKind.DATE_NIGHT, TODAY.minusDays(9), "Before the session");
            practice.milestones.log(ben, MilestoneKind.SHARED_LAUGHTER, TODAY.minusDays(1), "After the session");
            return null;
        });
        jpa.inTransaction(() -> practice.sessions.savePrepNote(practice.first, couple.getId(), "Ask how the phone talk went", null));

        BetweenSessionReview review = jpa.inTransaction(() -> practice.review.review(practice.first, couple.getId()));

        assertEquals(TODAY.minusDays(7), review.since());
        assertTrue(review.sessionRecorded());
        assertEquals("Ask how the phone talk went", review.prepNote().getText(), "the note for the coming session");
        AccountabilityTable.Row row = review.accountability().get(0).rows().stream()
                .filter(r -> r.step() == TRANSPARENCY).findFirst().orElseThrow();
        assertEquals(3, row.getHurtBefore());
        assertEquals(4, row.hurtRating());
        assertEquals(1, row.getHurtChange());
        assertEquals(5, row.getSelfBefore());
        assertEquals(3, row.getSelfChange());
        assertEquals(Assessment.BEGINNING, row.getAssessmentBefore());
        assertEquals(Assessment.BEGINNING, row.assessment(), "no new assessment since the session");
        assertEquals(List.of("New action"), row.getEvidenceSince().stream().map(e -> e.getText()).toList());
        assertEquals(List.of("New action", "Old action"), row.evidence().stream().map(e -> e.getText()).toList(),
                "the full table keeps both, newest first");
        assertEquals(List.of("After the session"), review.milestonesSince().stream().map(Milestone::getWords).toList());
        assertEquals(2, review.checkIns().size(), "the chart has every week");
        assertEquals(List.of(Flag.Kind.VIEWS_DIFFER, Flag.Kind.NO_CHECK_IN), review.flags().stream().map(Flag::kind).toList(),
                "views 8 and 4 are four apart; Ben has not checked in since therapy started 30 days ago");
    }

    @Test
    void theCaseloadPutsCouplesWithFlagsFirstAndNamesTheKinds() {
        PracticeFixture practice = new PracticeFixture(jpa);
        Couple calm = couple(practice, "Calm", CoupleStatus.ACTIVE, RecoveryRole.NOT_SET, RecoveryRole.NOT_SET);
        Actor calmAda = practice.portalLoginFor(calm, 1, "calm");
        jpa.inTransaction(() -> practice.checkIns.checkIn(calmAda, new CheckIn.Ratings(6, 6, 6, 6, null)));
        Couple paused = couple(practice, "Paused", CoupleStatus.PAUSED, RecoveryRole.NOT_SET, RecoveryRole.NOT_SET);
        practice.portalLoginFor(paused, 1, "paused");
        Couple quiet = couple(practice, "Quiet", CoupleStatus.ACTIVE, RecoveryRole.NOT_SET, RecoveryRole.NOT_SET);
        Actor quietAda = practice.portalLoginFor(quiet, 1, "quiet");
        for (Couple c : List.of(calm, paused, quiet)) {
            jpa.inTransaction(() -> {
                practice.attention.refresh(c.getId());
                return null;
            });
        }

        List<CaseloadRow> rows = jpa.inTransaction(() -> practice.couples.caseloadPage(practice.first, CaseloadQuery.firstPage(20)));
        assertEquals(List.of(quiet.getId(), calm.getId(), paused.getId()), rows.stream().map(CaseloadRow::getId).toList(),
                "the silent active couple first; the paused one is not expected to check in");
        assertEquals(1, rows.get(0).getAttentionCount());
        assertEquals(List.of(Flag.Kind.NO_CHECK_IN.name()), rows.get(0).getAttentionKinds());
        assertEquals(0, rows.get(1).getAttentionCount());
        assertEquals(0, rows.get(2).getAttentionCount());

        jpa.inTransaction(() -> practice.checkIns.checkIn(quietAda, new CheckIn.Ratings(5, 5, 5, 5, null)));
        jpa.inTransaction(() -> {
            practice.attention.refresh(quiet.getId());
            return null;
        });
        CaseloadRow after = jpa.inTransaction(() -> practice.couples.caseloadPage(practice.first, CaseloadQuery.firstPage(20)))
                .stream().filter(r -> r.getId() == quiet.getId()).findFirst().orElseThrow();
        assertEquals(0, after.getAttentionCount());
        assertTrue(after.getAttentionKinds().isEmpty());
    }

    private Assignment giveEachPartner(PracticeFixture practice, Couple couple, Template letter, LocalDate due) {
        return give(jpa, practice, couple, letter, due);
    }

    private CaseloadRow rowOf(PracticeFixture practice, Couple couple) {
        return jpa.inTransaction(() -> practice.couples.caseloadPage(practice.first, CaseloadQuery.firstPage(20)))
                .stream().filter(r -> r.getId() == couple.getId()).findFirst().orElseThrow();
    }

    private static List<Long> counts(CaseloadRow row) {
        HomeworkCounts c = row.getHomework();
        return List.of(c.getOverdueA(), c.getOverdueB(), c.getOverdueJoint(), c.getWaitingA(), c.getWaitingB(),
                c.getWaitingJoint());
    }

    /**
     * The caseload reads each couple's homework counts with its row, as the marker's refresh left them: they move
     * with a refresh after a change (a submission, a review) and with the nightly refresh, which also counts a
     * paused couple's homework that turned overdue although nothing else about that couple is watched.
     */
    @Test
    void theCaseloadsHomeworkCountsAreKeptBesideTheMarker() {
        PracticeFixture practice = new PracticeFixture(jpa);
        Template letter = practice.writingTemplate("A letter " + practice.label(""), "Write it.");
        Couple counted = couple(practice, "Counted", CoupleStatus.ACTIVE, RecoveryRole.NOT_SET, RecoveryRole.NOT_SET);
        Actor ada = practice.portalLoginFor(counted, 1, "counted-ada");
        practice.portalLoginFor(counted, 2, "counted-ben");
        Assignment lastWeeks = giveEachPartner(practice, counted, letter, TODAY.minusDays(1));
        Answer adas = practice.submitAnswer(ada, lastWeeks, "Late, but here");
        giveEachPartner(practice, counted, letter, TODAY.plusDays(3));
        assertEquals(List.of(0L, 0L, 0L, 0L, 0L, 0L), counts(rowOf(practice, counted)), "nothing counted before a refresh");

        jpa.inTransaction(() -> {
            practice.attention.refresh(counted.getId());
            return null;
        });
        assertEquals(List.of(0L, 1L, 0L, 1L, 0L, 0L), counts(rowOf(practice, counted)),
                "Ben's answer is overdue (the other one is not due yet); Ada's waits for review");

        // an hour later the therapist marks it reviewed: housekeeping, not the couple's activity, so neither the
        // couple's last activity nor its version moves (an edit of the couple open elsewhere stays valid)
        Clock anHourLater = Clock.offset(PracticeFixture.CLOCK, java.time.Duration.ofHours(1));
        CoupleService couplesThen = new CoupleService(jpa.em(), practice.therapists, practice.accounts, practice.audit,
                anHourLater);
        HomeworkService homeworkThen = new HomeworkService(jpa.em(), couplesThen, practice.library, practice.checkIns,
                practice.audit, anHourLater);
        Couple before = jpa.inTransaction(() -> practice.couples.find(practice.first, counted.getId()));
        java.time.Instant lastActivityBefore = before.getLastActivityAt();
        Long versionBefore = before.getVersion();
        jpa.inTransaction(() -> homeworkThen.markReviewed(practice.first, adas.getId()));
        jpa.inTransaction(() -> {
            practice.attention.refresh(counted.getId()); // after the commit, as in the server
            return null;
        });
        assertEquals(List.of(0L, 1L, 0L, 0L, 0L, 0L), counts(rowOf(practice, counted)), "Ada's answer waits no more");
        Couple after = jpa.inTransaction(() -> practice.couples.find(practice.first, counted.getId()));
        assertEquals(lastActivityBefore, after.getLastActivityAt());
        assertEquals(versionBefore, after.getVersion());

        Couple paused = couple(practice, "Paused homework", CoupleStatus.PAUSED, RecoveryRole.NOT_SET, RecoveryRole.NOT_SET);
        giveEachPartner(practice, paused, letter, TODAY.minusDays(2));
        assertEquals(List.of(0L, 0L, 0L, 0L, 0L, 0L), counts(rowOf(practice, paused)));
        // what the nightly refreshAll goes through (not run whole here: it would refresh every test's couples at once)
        assertFalse(jpa.inTransaction(() -> practice.couples.coupleIdsForAttention()).contains(paused.getId()),
                "a paused couple with nothing counted is not watched");
        assertTrue(jpa.inTransaction(() -> practice.homework.coupleIdsWithOverdueHomework()).contains(paused.getId()),
                "but its homework turned overdue, so the night refreshes it");
        jpa.inTransaction(() -> {
            practice.attention.refresh(paused.getId());
            return null;
        });
        assertEquals(List.of(1L, 1L, 0L, 0L, 0L, 0L), counts(rowOf(practice, paused)),
                "the night counts the paused couple's overdue homework too");
        assertEquals(0, rowOf(practice, paused).getAttentionCount(), "but raises no flag for a paused couple");
        assertTrue(jpa.inTransaction(() -> practice.couples.coupleIdsForAttention()).contains(paused.getId()),
                "watched from now on: its counts must drop when its homework is done or reviewed");

        // closed, its homework is over: the next refresh clears its counts and the night no longer looks at it
        jpa.inTransaction(() -> {
            Couple closing = practice.couples.find(practice.first, paused.getId());
            closing.setStatus(CoupleStatus.CLOSED);
            closing.setClosingDate(TODAY);
            return practice.couples.update(practice.first, closing);
        });
        assertFalse(jpa.inTransaction(() -> practice.homework.coupleIdsWithOverdueHomework()).contains(paused.getId()));
        jpa.inTransaction(() -> {
            practice.attention.refresh(paused.getId());
            return null;
        });
        assertEquals(List.of(0L, 0L, 0L, 0L, 0L, 0L), counts(rowOf(practice, paused)));
        assertFalse(jpa.inTransaction(() -> practice.couples.coupleIdsForAttention()).contains(paused.getId()),
                "nothing left to keep");
    }

    /**
     * A couple whose answers were never marked reviewed would have the review list hundreds: each list shows the
     * newest due twenty and says how many more there are; the flag counts every overdue answer, not the twenty.
     */
    @Test
    void theReviewsHomeworkListsShowTheNewestTwentyAndCountTheRest() {
        PracticeFixture practice = new PracticeFixture(jpa);
        Template letter = practice.writingTemplate("A letter " + practice.label(""), "Write it.");
        Couple busy = couple(practice, "Busy", CoupleStatus.ACTIVE, RecoveryRole.NOT_SET, RecoveryRole.NOT_SET);
        Actor ada = practice.portalLoginFor(busy, 1, "busy-ada");
        practice.portalLoginFor(busy, 2, "busy-ben");
        int given = ReviewService.ANSWERS_LISTED + 2;
        List<Assignment> assignments = new ArrayList<>();
        for (int i = 1; i <= given; i++) {
            assignments.add(giveEachPartner(practice, busy, letter, TODAY.minusDays(i)));
        }
        assignments.forEach(a -> practice.submitAnswer(ada, a, "Done at last"));

        BetweenSessionReview review = jpa.inTransaction(() -> practice.review.review(practice.first, busy.getId()));

        BetweenSessionHomework homework = review.homework();
        assertEquals(ReviewService.ANSWERS_LISTED, homework.waiting().size());
        assertEquals(given, homework.waitingTotal());
        assertEquals(2, homework.waitingNotShown());
        assertEquals(ReviewService.ANSWERS_LISTED, homework.submittedSince().size());
        assertEquals(given, homework.submittedSinceTotal());
        assertEquals(ReviewService.ANSWERS_LISTED, homework.overdue().size(), "Ben's, all overdue");
        assertEquals(given, homework.overdueTotal());
        assertEquals(TODAY.minusDays(1), homework.overdue().get(0).getAssignment().getDueDate(), "newest due first");
        assertEquals(TODAY.minusDays(ReviewService.ANSWERS_LISTED),
                homework.overdue().get(ReviewService.ANSWERS_LISTED - 1).getAssignment().getDueDate());
        assertTrue(homework.overdue().stream().allMatch(a -> a.getPartner().getFullName().equals("Ben")));
        Flag overdue = review.flags().stream().filter(f -> f.kind() == Flag.Kind.OVERDUE_HOMEWORK).findFirst().orElseThrow();
        assertEquals(List.of((long) given), overdue.arguments(), "every overdue answer counts, shown or not");
    }

    /**
     * The review's homework is read in a fixed number of statements, whatever its answers' templates: each answer's
     * assignment, template and partner come with it (a template read on its own per distinct template before).
     */
    @Test
    void theReviewsHomeworkCostsTheSameStatementsForOneTemplateAsForThree() {
        StatementCounter counter = new StatementCounter(database().migratedDatabase());
        try (JpaTestContext counted = JpaTestContext.on(counter.dataSource())) {
            PracticeFixture practice = new PracticeFixture(counted);
            List<Template> templates = List.of(practice.writingTemplate("One " + practice.label(""), "Write."),
                    practice.writingTemplate("Two " + practice.label(""), "Write."),
                    practice.writingTemplate("Three " + practice.label(""), "Write."));
            Couple same = practice.coupleOf(practice.first, practice.label("Same"), "Ada", "Ben");
            Couple mixed = practice.coupleOf(practice.first, practice.label("Mixed"), "Cy", "Di");
            for (int i = 0; i < 3; i++) {
                give(counted, practice, same, templates.get(0), TODAY.minusDays(1));
                give(counted, practice, mixed, templates.get(i), TODAY.minusDays(1));
            }
            java.time.Instant from = TODAY.minusDays(30).atStartOfDay(ZoneOffset.UTC).toInstant();
            int[] statements = new int[2];
            List<Couple> couples = List.of(same, mixed);
            for (int c = 0; c < 2; c++) {
                long coupleId = couples.get(c).getId();
                counter.reset();
                List<String> shown = counted.inTransaction(() -> practice.homework.forReview(practice.first, coupleId,
                        from, ReviewService.ANSWERS_LISTED).overdue().stream()
                        .map(a -> a.getAssignment().getTemplate().getTitle() + " " + a.getPartner().getFullName()).toList());
                assertEquals(6, shown.size(), shown.toString());
                statements[c] = counter.count();
            }
            assertEquals(statements[0], statements[1], "three templates cost what one does");
        }
    }

    /** Homework for each partner, due on a day that may be past (as days passing would make it; it cannot be given so). */
    private static Assignment give(JpaTestContext context, PracticeFixture practice, Couple couple, Template template,
                                   LocalDate due) {
        AssignmentRequest request = new AssignmentRequest();
        request.setTemplateId(template.getId());
        request.setAssignee(Assignee.EACH_PARTNER);
        request.setDueDate(TODAY.plusDays(7));
        request.setDuplicateConfirmed(true);
        Assignment given = context.inTransaction(() -> practice.homework.assign(practice.first, couple.getId(), request)).get(0);
        context.inTransaction(() -> context.em().createNativeQuery("UPDATE assignment SET due_date = ? WHERE id = ?")
                .setParameter(1, due).setParameter(2, given.getId()).executeUpdate());
        return given;
    }

    /**
     * The charts show half a year of check-ins; a partner who was silent longer still has the drop between their last
     * two check-ins flagged, however far apart they were.
     */
    @Test
    void theReviewChartsHalfAYearButTheFlagsSeeEachPartnersLatestTwoCheckIns() {
        PracticeFixture practice = new PracticeFixture(jpa);
        Couple longAgo = practice.coupleStartedOn(TODAY.minusDays(55), practice.first, practice.label("Long ago"),
                "Ada", "Ben");
        Actor ada = practice.portalLoginFor(longAgo, 1, "long-ada");
        Actor ben = practice.portalLoginFor(longAgo, 2, "long-ben");
        CheckInService sevenMonthsAgo = new CheckInService(jpa.em(), practice.couples, practice.audit, daysAgo(210));
        jpa.inTransaction(() -> sevenMonthsAgo.checkIn(ada, new CheckIn.Ratings(9, 6, 6, 6, null)));
        jpa.inTransaction(() -> practice.checkIns.checkIn(ada, new CheckIn.Ratings(2, 6, 6, 6, null)));
        jpa.inTransaction(() -> practice.checkIns.checkIn(ben, new CheckIn.Ratings(3, 6, 6, 6, null)));

        BetweenSessionReview review = jpa.inTransaction(() -> practice.review.review(practice.first, longAgo.getId()));

        assertFalse(review.sessionRecorded());
        assertTrue(review.prepNote() == null, "no note started");
        assertEquals(CheckIn.weekOf(TODAY).minusWeeks(ReviewService.WEEKS_OF_CHECK_INS - 1L), review.checkInsFrom());
        assertEquals(List.of(2, 3), review.checkIns().stream().map(CheckIn::getTrust).toList(),
                "this week's two; the one seven months ago is not charted");
        assertEquals(List.of(Flag.Kind.RATING_DROP), review.flags().stream().map(Flag::kind).toList());
        assertEquals(List.of("Ada", "trust", 9, 2), review.flags().get(0).arguments());
        assertEquals(review.flags(), jpa.inTransaction(() -> practice.review.flags(practice.first, longAgo.getId())),
                "the couple page's flags are the review's");

        // the page opens it: the same review, recorded as viewed by its therapist; another therapist opens nothing
        // and leaves no view behind
        BetweenSessionReview opened = jpa.inTransaction(() -> practice.review.open(practice.first, longAgo.getId()));
        assertEquals(review.flags(), opened.flags());
        assertEquals(review.checkIns().size(), opened.checkIns().size());
        assertThrows(org.rebuildtrust.shared.RecordNotFoundException.class, () ->
                jpa.inTransaction(() -> practice.review.open(practice.second, longAgo.getId())));
        List<Long> viewers = jpa.inTransaction(() -> jpa.em().createQuery("SELECT e.accountId FROM AuditEntry e"
                        + " WHERE e.coupleId = :couple AND e.action = :view AND e.detail = :detail", Long.class)
                .setParameter("couple", longAgo.getId())
                .setParameter("view", org.rebuildtrust.audit.AuditAction.VIEW)
                .setParameter("detail", "between-session review")
                .getResultList());
        assertEquals(List.of(practice.first.accountId()), viewers);
    }

    @Test
    void partnersWhoseCheckInsOfTheSameWeekDivergeRaiseAFlagOnTheReviewAndTheCaseload() {
        PracticeFixture practice = new PracticeFixture(jpa);
        Couple apart = couple(practice, "Apart", CoupleStatus.ACTIVE, RecoveryRole.NOT_SET, RecoveryRole.NOT_SET);
        Actor ada = practice.portalLoginFor(apart, 1, "apart-ada");
        Actor ben = practice.portalLoginFor(apart, 2, "apart-ben");
        jpa.inTransaction(() -> {
            practice.checkIns.checkIn(ada, new CheckIn.Ratings(7, 6, 6, 6, null));
            practice.checkIns.checkIn(ben, new CheckIn.Ratings(1, 6, 6, 6, null));
            practice.attention.refresh(apart.getId());
            return null;
        });

        List<Flag> flags = jpa.inTransaction(() -> practice.review.flags(practice.first, apart.getId()));
        assertEquals(List.of(Flag.Kind.CHECK_INS_DIVERGE), flags.stream().map(Flag::kind).toList());
        assertEquals(List.of("Ada", "trust", 7, "Ben", 1), flags.get(0).arguments());
        CaseloadRow row = jpa.inTransaction(() -> practice.couples.caseloadPage(practice.first, CaseloadQuery.firstPage(20)))
                .stream().filter(r -> r.getId() == apart.getId()).findFirst().orElseThrow();
        assertEquals(List.of(Flag.Kind.CHECK_INS_DIVERGE.name()), row.getAttentionKinds());
    }

    /** A couple of each kind the night goes through, with the flag kinds and homework counts each should get. */
    private record Expected(Couple couple, Actor ada, List<String> kinds, List<Long> counts) {
    }

    private static List<Expected> oneOfEachKind(JpaTestContext jpa, PracticeFixture practice) {
        Template letter = practice.writingTemplate("A letter " + practice.label(""), "Write it.");
        List<Long> none = List.of(0L, 0L, 0L, 0L, 0L, 0L);

        Couple calm = couple(jpa, practice, "Calm", CoupleStatus.ACTIVE, RecoveryRole.NOT_SET, RecoveryRole.NOT_SET);
        Actor calmAda = practice.portalLoginFor(calm, 1, "calm");
        jpa.inTransaction(() -> practice.checkIns.checkIn(calmAda, new CheckIn.Ratings(6, 6, 6, 6, null)));

        Couple quiet = couple(jpa, practice, "Quiet", CoupleStatus.ACTIVE, RecoveryRole.NOT_SET, RecoveryRole.NOT_SET);
        Actor quietAda = practice.portalLoginFor(quiet, 1, "quiet");

        Couple apart = couple(jpa, practice, "Apart", CoupleStatus.ACTIVE, RecoveryRole.NOT_SET, RecoveryRole.NOT_SET);
        Actor apartAda = practice.portalLoginFor(apart, 1, "apart-ada");
        Actor apartBen = practice.portalLoginFor(apart, 2, "apart-ben");
        jpa.inTransaction(() -> practice.checkIns.checkIn(apartAda, new CheckIn.Ratings(7, 6, 6, 6, null)));
        jpa.inTransaction(() -> practice.checkIns.checkIn(apartBen, new CheckIn.Ratings(1, 6, 6, 6, null)));

        // her check-in before this week's was seven months ago: outside the recent weeks, still her previous one
        Couple dropped = couple(jpa, practice, "Dropped", CoupleStatus.ACTIVE, RecoveryRole.NOT_SET, RecoveryRole.NOT_SET);
        Actor droppedAda = practice.portalLoginFor(dropped, 1, "dropped");
        CheckInService sevenMonthsAgo = new CheckInService(jpa.em(), practice.couples, practice.audit, daysAgo(210));
        jpa.inTransaction(() -> sevenMonthsAgo.checkIn(droppedAda, new CheckIn.Ratings(9, 6, 6, 6, null)));
        jpa.inTransaction(() -> practice.checkIns.checkIn(droppedAda, new CheckIn.Ratings(2, 6, 6, 6, null)));

        Couple late = couple(jpa, practice, "Late", CoupleStatus.ACTIVE, RecoveryRole.NOT_SET, RecoveryRole.NOT_SET);
        Actor lateAda = practice.portalLoginFor(late, 1, "late");
        jpa.inTransaction(() -> practice.checkIns.checkIn(lateAda, new CheckIn.Ratings(6, 6, 6, 6, null)));
        give(jpa, practice, late, letter, TODAY.minusDays(2));

        Couple views = couple(jpa, practice, "Views", CoupleStatus.ACTIVE, RecoveryRole.INVOLVED, RecoveryRole.HURT);
        Actor viewsAda = practice.portalLoginFor(views, 1, "views-ada");
        Actor viewsBen = practice.portalLoginFor(views, 2, "views-ben");
        jpa.inTransaction(() -> practice.checkIns.checkIn(viewsAda, new CheckIn.Ratings(6, 6, 6, 6, null)));
        jpa.inTransaction(() -> practice.checkIns.checkIn(viewsBen, new CheckIn.Ratings(6, 6, 6, 6, null)));
        jpa.inTransaction(() -> practice.accountability.rateSelf(viewsAda, TRANSPARENCY, 8, null));
        jpa.inTransaction(() -> practice.accountability.rateAsHurtPartner(viewsBen, views.partnerA().getId(),
                TRANSPARENCY, 2, null, false));

        Couple paused = couple(jpa, practice, "Paused", CoupleStatus.PAUSED, RecoveryRole.NOT_SET, RecoveryRole.NOT_SET);
        Actor pausedAda = practice.portalLoginFor(paused, 1, "paused");
        give(jpa, practice, paused, letter, TODAY.minusDays(2));

        // closed with homework left undone: its homework is over, nothing is counted or flagged
        Couple closing = couple(jpa, practice, "Closed", CoupleStatus.ACTIVE, RecoveryRole.NOT_SET, RecoveryRole.NOT_SET);
        Actor closedAda = practice.portalLoginFor(closing, 1, "closed");
        give(jpa, practice, closing, letter, TODAY.minusDays(2));
        Couple closed = jpa.inTransaction(() -> {
            Couple edited = practice.couples.find(practice.first, closing.getId());
            edited.setStatus(CoupleStatus.CLOSED);
            edited.setClosingDate(TODAY);
            return practice.couples.update(practice.first, edited);
        });

        return List.of(new Expected(calm, calmAda, List.of(), none),
                new Expected(quiet, quietAda, List.of("NO_CHECK_IN"), none),
                new Expected(apart, apartAda, List.of("CHECK_INS_DIVERGE"), none),
                new Expected(dropped, droppedAda, List.of("RATING_DROP"), none),
                new Expected(late, lateAda, List.of("OVERDUE_HOMEWORK"), List.of(1L, 1L, 0L, 0L, 0L, 0L)),
                new Expected(views, viewsAda, List.of("VIEWS_DIFFER"), none),
                new Expected(paused, pausedAda, List.of(), List.of(1L, 1L, 0L, 0L, 0L, 0L)),
                new Expected(closed, closedAda, List.of(), none));
    }

    /**
     * The night refreshes fifty couples in one transaction: each gets the flags its review shows and its homework
     * counts, as a refresh of that couple alone gives, and only couples whose marker or counts moved are written.
     */
    @Test
    void theNightRefreshesManyCouplesTogetherAsEachAloneWouldAndWritesOnlyWhatChanged() {
        PracticeFixture practice = new PracticeFixture(jpa);
        List<Expected> expected = oneOfEachKind(jpa, practice);
        List<Long> ids = expected.stream().map(e -> e.couple().getId()).toList();

        int changed = jpa.inTransaction(() -> practice.attention.refreshTogether(ids));

        assertEquals(expected.size() - 2, changed, "all but the calm and the closed couple, which have nothing to show");
        for (Expected one : expected) {
            CaseloadRow row = rowOf(practice, one.couple());
            assertEquals(one.kinds(), row.getAttentionKinds(), row.getLabel());
            assertEquals(one.kinds().size(), row.getAttentionCount(), row.getLabel());
            assertEquals(one.counts(), counts(row), row.getLabel());
            if (one.couple().getStatus() == CoupleStatus.ACTIVE) {
                assertEquals(one.kinds(), jpa.inTransaction(() -> practice.review.flags(practice.first, one.couple().getId()))
                        .stream().map(f -> f.kind().name()).toList(), "the review's flags, " + row.getLabel());
            }
        }
        assertEquals(0, jpa.inTransaction(() -> practice.attention.refreshTogether(ids)), "nothing moved since");

        Couple quiet = expected.get(1).couple();
        jpa.inTransaction(() -> practice.checkIns.checkIn(expected.get(1).ada(), new CheckIn.Ratings(5, 5, 5, 5, null)));
        assertEquals(1, jpa.inTransaction(() -> practice.attention.refreshTogether(ids)), "the quiet couple checked in");
        assertEquals(List.of(), rowOf(practice, quiet).getAttentionKinds());
    }

    /** Refreshing eight couples together costs the statements that refreshing one does, besides writing each change. */
    @Test
    void refreshingManyCouplesTogetherCostsTheStatementsOfOne() {
        StatementCounter counter = new StatementCounter(database().migratedDatabase());
        try (JpaTestContext counted = JpaTestContext.on(counter.dataSource())) {
            PracticeFixture practice = new PracticeFixture(counted);
            List<Long> ids = oneOfEachKind(counted, practice).stream().map(e -> e.couple().getId()).toList();
            // written first, so that both counts below are reads and locks only
            counted.inTransaction(() -> practice.attention.refreshTogether(ids));

            counter.reset();
            counted.inTransaction(() -> practice.attention.refreshTogether(List.of(ids.get(4))));
            List<String> one = counter.statements();
            counter.reset();
            counted.inTransaction(() -> practice.attention.refreshTogether(ids));
            List<String> eight = counter.statements();

            assertEquals(withoutLogins(one).size(), withoutLogins(eight).size(),
                    "eight couples cost what one does: " + one + " against " + eight);
            // a list of six or more ids, bound or written in (the homework counts' statement writes its values in)
            java.util.regex.Pattern manyIds = java.util.regex.Pattern.compile("IN \\((\\?|\\d+)(, ?(\\?|\\d+)){5,}\\)");
            assertEquals(6, withoutLogins(eight).stream().filter(sql -> manyIds.matcher(sql).find())
                    .count(), "the couples' lock and rows, homework counts, check-ins, latest two, accountability: "
                    + eight);
        }
    }

    /**
     * The statements but those reading a login by its id: a partner's login comes with the partner here, since these
     * tests run EclipseLink without weaving (a lazy relation to one is read at once); the server reads none (whether
     * a partner has a login is a column of theirs, {@code Partner.hasPortalAccount}).
     */
    private static List<String> withoutLogins(List<String> statements) {
        return statements.stream().filter(sql -> !sql.matches("(?s)SELECT .* FROM user_account WHERE \\(ID = \\?\\)"))
                .toList();
    }

    /**
     * The nightly refresh runs on every instance's timer (and at every start): across instances, only the first to
     * claim a day does it. Here eight claim the same day at once, as instances would, each on a connection of its own.
     */
    @Test
    void aDailyJobIsClaimedByExactlyOneOfManyInstancesAskingAtOnce() throws Exception {
        DailyJobs jobs = new DailyJobs(jpa.dataSource(),
                PracticeFixture.CLOCK);
        LocalDate day = LocalDate.of(2031, 3, (int) (System.nanoTime() % 28) + 1);
        String job = "test-job-" + System.nanoTime();
        ExecutorService instances = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> claims = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                claims.add(instances.submit(() -> {
                    start.await();
                    return jobs.claim(job, day);
                }));
            }
            start.countDown();
            int granted = 0;
            for (Future<Boolean> claim : claims) {
                granted += claim.get() ? 1 : 0;
            }
            assertEquals(1, granted, "one instance does the day's work");
        } finally {
            instances.shutdown();
        }
        assertFalse(jobs.claim(job, day), "asked again later the same day");
        assertTrue(jobs.claim(job, day.plusDays(1)), "the next day is claimed anew");
        assertTrue(jobs.claim(job + "-other", day), "another job's day is its own");
    }
}
