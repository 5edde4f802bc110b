package org.rebuildtrust.homework;

import org.junit.jupiter.api.Test;
import org.rebuildtrust.couples.HomeworkCounts;
import org.rebuildtrust.checkins.CheckIn;
import org.rebuildtrust.couples.Couple;
import org.rebuildtrust.security.Actor;
import org.rebuildtrust.shared.BusinessRuleException;
import org.rebuildtrust.shared.RecordNotFoundException;
import org.rebuildtrust.testsupport.DatabaseContract;
import org.rebuildtrust.testsupport.PracticeFixture;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Homework on a real database: the built-in library, assigning (once, repeating, as a program), the answer's
 * states, and every visibility rule, checked from each partner's side. Runs once per database kind.
 */
abstract class HomeworkServiceContract extends DatabaseContract {

    private static final long OPEN_COMMUNICATION = 1;
    private static final long OUR_NEW_AGREEMENTS = 3;
    private static final long WEEKLY_CHECK_IN = 12;
    private static final LocalDate TODAY = PracticeFixture.TODAY;


    /** A practice with one couple whose partners both have portal logins. */
    private final class Scene {
        final PracticeFixture practice = new PracticeFixture(jpa);
        final LibraryService library = practice.library;
        final HomeworkService homework = practice.homework;
        final Couple couple = practice.coupleOf(practice.first, practice.label("Homework"), "Ada", "Ben");
        final Actor ada = practice.portalLoginFor(couple, 1, "ada");
        final Actor ben = practice.portalLoginFor(couple, 2, "ben");
        final Actor therapist = practice.first;

        Assignment give(long templateId, Assignee assignee, Visibility visibility) {
            AssignmentRequest request = new AssignmentRequest();
            request.setTemplateId(templateId);
            request.setAssignee(assignee);
            request.setVisibility(visibility);
            request.setDueDate(TODAY.plusDays(7));
            request.setDuplicateConfirmed(true); // tests give the same homework more than once on purpose
            return jpa.inTransaction(() -> homework.assign(therapist, couple.getId(), request)).get(0);
        }

        AnswerSheet sheet(Actor partner, Assignment assignment) {
            return jpa.inTransaction(() -> homework.sheet(partner, assignment.getId()));
        }

        /** Fills every prompt with a valid value and submits. */
        void answerAndSubmit(Actor partner, Assignment assignment, String text) {
            AnswerSheet sheet = sheet(partner, assignment);
            jpa.inTransaction(() -> homework.submit(partner, sheet.mine().getId(), validValues(sheet.assignment(), text),
                    sheet.mine().valueVersions()));
        }
    }

    private static Map<Long, String> validValues(Assignment assignment, String text) {
        Map<Long, String> values = new HashMap<>();
        for (Prompt prompt : assignment.getTemplate().getPrompts()) {
            values.put(prompt.getId(), switch (prompt.getKind()) {
                case TEXT -> text;
                case SCALE -> "7";
                case YES_NO -> "yes";
                case DATE -> TODAY.toString();
                case CHECKLIST -> prompt.optionList().get(0);
                case LIST -> text + " one\n" + text + " two";
            });
        }
        return values;
    }

    private static String textOf(Answer answer) {
        return answer.getValues().stream().map(AnswerValue::getValueText).filter(v -> v != null && v.contains("says"))
                .findFirst().orElse(null);
    }

    @Test
    void theBuiltInLibraryHasATemplateForEveryStepWithTwoToEightPrompts() {
        Scene scene = new Scene();
        List<Template> templates = scene.library.library(scene.therapist);
        for (Step step : Step.values()) {
            assertTrue(templates.stream().anyMatch(t -> t.getStep() == step), step.name());
        }
        templates.forEach(t -> assertTrue(t.getPrompts().size() >= 2 && t.getPrompts().size() <= 8, t.getTitle()));
        assertThrows(RecordNotFoundException.class, () -> scene.library.library(scene.ada));
    }

    @Test
    void everyBuiltInWrittenAnswerHoldsALetterOfThousandsOfCharactersAndOneOverItsLimitIsRefusedNotCut() {
        Scene scene = new Scene();
        for (Template template : scene.library.library(scene.therapist)) {
            template.getPrompts().stream().filter(p -> p.getKind() == PromptKind.TEXT).forEach(p ->
                    assertEquals(Prompt.MAX_TEXT_LENGTH, p.limit(), template.getTitle() + ": " + p.getQuestion()));
        }
        Assignment assignment = scene.give(OPEN_COMMUNICATION, Assignee.EACH_PARTNER, Visibility.PRIVATE);
        String letter = ("Ada says: " + "I want you to know how sorry I am. ".repeat(200)).strip();
        assertTrue(letter.length() > 6_000 && letter.length() <= Prompt.MAX_TEXT_LENGTH);
        scene.answerAndSubmit(scene.ada, assignment, letter);
        List<String> stored = jpa.inTransaction(() -> scene.homework.review(scene.therapist, assignment.getId()).getAnswers()
                .stream().map(HomeworkServiceContract::textOf).filter(t -> t != null).toList());
        assertTrue(stored.size() == 1 && stored.get(0).equals(letter), "kept whole: " + stored.stream().map(String::length).toList());

        Assignment another = scene.give(OPEN_COMMUNICATION, Assignee.EACH_PARTNER, Visibility.PRIVATE);
        AnswerSheet sheet = scene.sheet(scene.ada, another);
        String tooLong = "Ada says: " + "x".repeat(Prompt.MAX_TEXT_LENGTH);
        assertThrows(AnswerRejectedException.class, () -> jpa.inTransaction(() -> scene.homework.saveDraft(scene.ada,
                sheet.mine().getId(), validValues(sheet.assignment(), tooLong), sheet.mine().valueVersions())));
        assertTrue(scene.sheet(scene.ada, another).mine().getValues().isEmpty(), "nothing stored, nothing cut");
    }

    @Test
    void revisingATemplateMakesANewRevisionAndNeverChangesHomeworkAlreadyGiven() {
        Scene scene = new Scene();
        Template copy = scene.library.find(scene.therapist, OPEN_COMMUNICATION).copy();
        copy.setTitle(scene.practice.label("Our own talking"));
        Template own = jpa.inTransaction(() -> scene.library.create(scene.therapist, copy));
        assertEquals(own.getId(), own.getFamilyId());
        Assignment given = scene.give(own.getId(), Assignee.EACH_PARTNER, Visibility.PRIVATE);
        String originalQuestion = given.getTemplate().getPrompts().get(0).getQuestion();

        // The editor works on a copy loaded in an earlier request, as the page does.
        Template edited = jpa.inTransaction(() -> scene.library.find(scene.therapist, own.getId()));
        edited.getPrompts().get(0).setQuestion("A reworded first question");
        edited.removePrompt(edited.getPrompts().size() - 1);
        Template second = jpa.inTransaction(() -> scene.library.revise(scene.therapist, own.getId(), edited));

        assertEquals(2, second.getRevision());
        assertEquals(own.getFamilyId(), second.getFamilyId());
        AnswerSheet sheet = scene.sheet(scene.ada, given);
        assertEquals(originalQuestion, sheet.assignment().getTemplate().getPrompts().get(0).getQuestion());
        assertEquals(own.getId(), sheet.assignment().getTemplate().getId());
        List<Template> library = scene.library.library(scene.therapist);
        assertTrue(library.stream().anyMatch(t -> t.getId().equals(second.getId())));
        assertFalse(library.stream().anyMatch(t -> t.getId().equals(own.getId())), "only the current revision is offered");
        assertThrows(BusinessRuleException.class, () -> scene.give(own.getId(), Assignee.EACH_PARTNER, Visibility.PRIVATE));

        jpa.inTransaction(() -> scene.library.archive(scene.therapist, second.getId()));
        assertFalse(scene.library.library(scene.therapist).stream().anyMatch(t -> t.getFamilyId().equals(own.getFamilyId())));
        assertEquals("template.builtInReadOnly", assertThrows(BusinessRuleException.class,
                () -> jpa.inTransaction(() -> scene.library.archive(scene.therapist, OPEN_COMMUNICATION))).getMessageKey());
        PracticeFixture otherPractice = new PracticeFixture(jpa);
        assertThrows(RecordNotFoundException.class, () -> scene.library.find(otherPractice.first, second.getId()),
                "another practice never sees this practice's templates");
    }

    @Test
    void aTemplateNeedsTwoToEightPrompts() {
        Scene scene = new Scene();
        Template draft = Template.draft();
        draft.setTitle("Too short");
        draft.setStep(Step.FORGIVENESS);
        draft.setPurpose("p");
        draft.setInstructions("i");
        draft.getPrompts().forEach(p -> p.setQuestion("q"));
        draft.removePrompt(0);
        assertEquals("template.promptCount", assertThrows(BusinessRuleException.class,
                () -> jpa.inTransaction(() -> scene.library.create(scene.therapist, draft))).getMessageKey());
    }

    @Test
    void eachPartnerGetsTheirOwnAnswerAndSeesItInTheirHomework() {
        Scene scene = new Scene();
        Assignment given = scene.give(OPEN_COMMUNICATION, Assignee.EACH_PARTNER, Visibility.PRIVATE);

        assertEquals(2, given.getAnswers().size());
        List<Answer> adas = jpa.inTransaction(() -> scene.homework.homeworkOf(scene.ada));
        assertEquals(1, adas.size());
        assertEquals("Ada", adas.get(0).getPartner().getFullName());
        assertEquals(AnswerStatus.ASSIGNED, adas.get(0).getStatus());
    }

    @Test
    void aDraftIsKeptIncompleteButCannotBeSubmittedUntilComplete() {
        Scene scene = new Scene();
        Assignment given = scene.give(OPEN_COMMUNICATION, Assignee.EACH_PARTNER, Visibility.PRIVATE);
        AnswerSheet sheet = scene.sheet(scene.ada, given);
        Prompt first = sheet.assignment().getTemplate().getPrompts().get(0);

        DraftSaved saved = jpa.inTransaction(() -> scene.homework.saveDraft(scene.ada, sheet.mine().getId(),
                Map.of(first.getId(), "Ada says: only the first thought"), Map.of()));
        assertEquals(AnswerStatus.IN_PROGRESS, saved.status());

        AnswerRejectedException refused = assertThrows(AnswerRejectedException.class, () -> jpa.inTransaction(
                () -> scene.homework.submit(scene.ada, sheet.mine().getId(), saved.storedTexts(), saved.storedVersions())));
        assertFalse(refused.getProblems().isEmpty());
        assertTrue(refused.getProblems().stream().allMatch(p -> p.messageKey().equals("answer.required")));

        AnswerSheet again = scene.sheet(scene.ada, given);
        assertEquals(AnswerStatus.IN_PROGRESS, again.mine().getStatus());
        assertEquals("Ada says: only the first thought", again.mine().valueTexts().get(first.getId()));
    }

    @Test
    void outOfRangeScalesAndOverLongTextAreRefusedAndNothingIsWritten() {
        Scene scene = new Scene();
        Assignment given = scene.give(WEEKLY_CHECK_IN, Assignee.EACH_PARTNER, Visibility.PRIVATE);
        AnswerSheet sheet = scene.sheet(scene.ben, given);
        Prompt trust = sheet.assignment().getTemplate().getPrompts().get(0);
        Prompt note = sheet.assignment().getTemplate().getPrompts().get(4);
        assertEquals(PromptKind.SCALE, trust.getKind());

        for (String bad : List.of("11", "-1", "ten")) {
            AnswerRejectedException refused = assertThrows(AnswerRejectedException.class, () -> jpa.inTransaction(
                    () -> scene.homework.saveDraft(scene.ben, sheet.mine().getId(), Map.of(trust.getId(), bad), Map.of())));
            assertEquals("answer.scaleRange", refused.getProblems().get(0).messageKey());
        }
        assertThrows(AnswerRejectedException.class, () -> jpa.inTransaction(() -> scene.homework.saveDraft(scene.ben,
                sheet.mine().getId(), Map.of(note.getId(), "x".repeat(note.limit() + 1)), Map.of())));

        assertTrue(scene.sheet(scene.ben, given).mine().getValues().isEmpty());
        assertEquals(AnswerStatus.ASSIGNED, scene.sheet(scene.ben, given).mine().getStatus());
    }

    @Test
    void homeworkForOnePartnerNeedsThatPartnerChosen() {
        Scene scene = new Scene();
        BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                () -> scene.give(OPEN_COMMUNICATION, Assignee.ONE_PARTNER, Visibility.PRIVATE));
        assertEquals("assignment.choosePartner", refused.getMessageKey());
    }

    @Test
    void theStateMachineRunsFromAssignedToReviewedAndReopenGivesItBack() {
        Scene scene = new Scene();
        AssignmentRequest request = new AssignmentRequest();
        request.setTemplateId(OPEN_COMMUNICATION);
        request.setAssignee(Assignee.ONE_PARTNER);
        request.setPartnerId(scene.couple.partnerB().getId());
        request.setDueDate(TODAY.plusDays(3));
        Assignment given = jpa.inTransaction(() -> scene.homework.assign(scene.therapist, scene.couple.getId(), request)).get(0);
        assertEquals(1, given.getAnswers().size());
        assertThrows(RecordNotFoundException.class, () -> scene.sheet(scene.ada, given), "Ada has no part in Ben's homework");

        scene.answerAndSubmit(scene.ben, given, "Ben says hello");
        Answer submitted = scene.sheet(scene.ben, given).mine();
        assertEquals(AnswerStatus.SUBMITTED, submitted.getStatus());

        BusinessRuleException again = assertThrows(BusinessRuleException.class, () -> jpa.inTransaction(() -> scene.homework
                .submit(scene.ben, submitted.getId(), submitted.valueTexts(), submitted.valueVersions())));
        assertEquals("answer.alreadySubmitted", again.getMessageKey());

        jpa.inTransaction(() -> scene.homework.giveFeedback(scene.therapist, submitted.getId(), "Thank you, Ben."));
        jpa.inTransaction(() -> scene.homework.markReviewed(scene.therapist, submitted.getId()));
        Answer reviewed = scene.sheet(scene.ben, given).mine();
        assertEquals(AnswerStatus.REVIEWED, reviewed.getStatus());
        assertEquals("Thank you, Ben.", reviewed.getFeedback());

        jpa.inTransaction(() -> scene.homework.reopen(scene.therapist, submitted.getId()));
        Answer reopened = scene.sheet(scene.ben, given).mine();
        assertEquals(AnswerStatus.IN_PROGRESS, reopened.getStatus());
        assertEquals("Ben says hello", textOf(reopened));
    }

    @Test
    void overdueAndWaitingForReviewAreCountedPerPartner() {
        Scene scene = new Scene();
        Assignment given = scene.give(OPEN_COMMUNICATION, Assignee.EACH_PARTNER, Visibility.PRIVATE);
        scene.answerAndSubmit(scene.ada, given, "Ada says yes");
        jpa.em().getTransaction().begin();
        jpa.em().createNativeQuery("UPDATE assignment SET due_date = ? WHERE id = ?")
                .setParameter(1, TODAY.minusDays(1)).setParameter(2, given.getId()).executeUpdate();
        jpa.em().getTransaction().commit();

        HomeworkCounts counts = scene.homework.countsFor(scene.therapist, List.of(scene.couple.getId())).get(scene.couple.getId());
        assertEquals(1, counts.getWaitingA());
        assertEquals(0, counts.getWaitingB());
        assertEquals(0, counts.getOverdueA());
        assertEquals(1, counts.getOverdueB());

        // a second overdue assignment: Ben's is overdue too, Ada's is submitted and then reviewed (no longer waiting)
        Assignment second = scene.give(OPEN_COMMUNICATION, Assignee.EACH_PARTNER, Visibility.PRIVATE);
        scene.answerAndSubmit(scene.ada, second, "Ada again");
        jpa.inTransaction(() -> {
            jpa.em().createNativeQuery("UPDATE assignment SET due_date = ? WHERE id = ?")
                    .setParameter(1, TODAY.minusDays(2)).setParameter(2, second.getId()).executeUpdate();
            return null;
        });
        long adasSecond = scene.sheet(scene.ada, second).mine().getId();
        jpa.inTransaction(() -> scene.homework.markReviewed(scene.therapist, adasSecond));
        HomeworkCounts both = scene.homework.countsFor(scene.therapist, List.of(scene.couple.getId())).get(scene.couple.getId());
        assertEquals(1, both.getWaitingA(), "the reviewed answer waits no more");
        assertEquals(2, both.getOverdueB(), "both of Ben's");
        assertEquals(0, both.getOverdueA());
    }

    @Test
    void privateAnswersAreNeverShownToTheOtherPartner() {
        Scene scene = new Scene();
        Assignment given = scene.give(OPEN_COMMUNICATION, Assignee.EACH_PARTNER, Visibility.PRIVATE);
        scene.answerAndSubmit(scene.ada, given, "Ada says private things");
        scene.answerAndSubmit(scene.ben, given, "Ben says private things");

        assertTrue(scene.sheet(scene.ben, given).othersVisible().isEmpty());
        assertTrue(scene.sheet(scene.ada, given).othersVisible().isEmpty());
        Assignment therapistView = jpa.inTransaction(() -> scene.homework.review(scene.therapist, given.getId()));
        assertEquals(2, therapistView.getAnswers().stream().filter(a -> a.getStatus() == AnswerStatus.SUBMITTED).count());
    }

    @Test
    void sharedAnswersAreShownOnceSubmittedNotWhileDraft() {
        Scene scene = new Scene();
        Assignment given = scene.give(OPEN_COMMUNICATION, Assignee.EACH_PARTNER, Visibility.SHARED);
        AnswerSheet adaSheet = scene.sheet(scene.ada, given);
        Prompt first = adaSheet.assignment().getTemplate().getPrompts().get(0);
        jpa.inTransaction(() -> scene.homework.saveDraft(scene.ada, adaSheet.mine().getId(),
                Map.of(first.getId(), "Ada says draft"), Map.of()));
        assertTrue(scene.sheet(scene.ben, given).othersVisible().isEmpty(), "a draft is never shown");

        scene.answerAndSubmit(scene.ada, given, "Ada says shared");
        List<Answer> seenByBen = scene.sheet(scene.ben, given).othersVisible();
        assertEquals(1, seenByBen.size());
        assertEquals("Ada says shared", textOf(seenByBen.get(0)));
    }

    @Test
    void revealTogetherShowsNothingUntilBothHaveSubmittedThenBoth() {
        Scene scene = new Scene();
        Assignment given = scene.give(OPEN_COMMUNICATION, Assignee.EACH_PARTNER, Visibility.REVEAL_TOGETHER);

        scene.answerAndSubmit(scene.ada, given, "Ada says first");
        AnswerSheet adaWaiting = scene.sheet(scene.ada, given);
        assertTrue(adaWaiting.waitingForReveal());
        assertTrue(adaWaiting.othersVisible().isEmpty());
        assertTrue(scene.sheet(scene.ben, given).othersVisible().isEmpty(), "Ben cannot see Ada's before submitting");

        scene.answerAndSubmit(scene.ben, given, "Ben says second");
        AnswerSheet adaAfter = scene.sheet(scene.ada, given);
        AnswerSheet benAfter = scene.sheet(scene.ben, given);
        assertFalse(adaAfter.waitingForReveal());
        assertEquals("Ben says second", textOf(adaAfter.othersVisible().get(0)));
        assertEquals("Ada says first", textOf(benAfter.othersVisible().get(0)));

        jpa.inTransaction(() -> scene.homework.reopen(scene.therapist, benAfter.mine().getId()));
        assertTrue(scene.sheet(scene.ada, given).othersVisible().isEmpty(), "reopened: hidden again until resubmitted");
    }

    @Test
    void revealTogetherNeedsEachPartnerAnsweringSeparately() {
        Scene scene = new Scene();
        BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                () -> scene.give(OUR_NEW_AGREEMENTS, Assignee.TOGETHER, Visibility.REVEAL_TOGETHER));
        assertEquals("assignment.revealNeedsEach", refused.getMessageKey());
    }

    @Test
    void aJointAnswerIsOneAnswerBothEditWithoutLosingEachOthersChanges() {
        Scene scene = new Scene();
        Assignment given = scene.give(OUR_NEW_AGREEMENTS, Assignee.TOGETHER, Visibility.SHARED);
        assertEquals(1, given.getAnswers().size());
        AnswerSheet adaSheet = scene.sheet(scene.ada, given);
        AnswerSheet benSheet = scene.sheet(scene.ben, given);
        assertEquals(adaSheet.mine().getId(), benSheet.mine().getId());
        List<Prompt> prompts = adaSheet.assignment().getTemplate().getPrompts();
        long p1 = prompts.get(0).getId();
        long p2 = prompts.get(1).getId();

        // Both loaded an empty answer; Ada writes prompt 1, Ben writes prompt 2: both are kept.
        jpa.inTransaction(() -> scene.homework.saveDraft(scene.ada, adaSheet.mine().getId(), Map.of(p1, "Ada's agreement"), Map.of()));
        DraftSaved bens = jpa.inTransaction(() -> scene.homework.saveDraft(scene.ben, benSheet.mine().getId(),
                Map.of(p2, "Ben's agreement"), Map.of()));
        assertTrue(bens.conflicts().isEmpty());
        assertEquals("Ada's agreement", bens.storedTexts().get(p1));
        assertEquals("Ben's agreement", bens.storedTexts().get(p2));

        // Both change prompt 1 from the same starting point: the second writer is told, not silently overwritten.
        Map<Long, Long> seen = bens.storedVersions();
        jpa.inTransaction(() -> scene.homework.saveDraft(scene.ada, adaSheet.mine().getId(), Map.of(p1, "Ada's revision", p2, "Ben's agreement"), seen));
        DraftSaved clash = jpa.inTransaction(() -> scene.homework.saveDraft(scene.ben, benSheet.mine().getId(),
                Map.of(p1, "Ben's revision", p2, "Ben's agreement"), seen));
        assertEquals(List.of(p1), clash.conflicts());
        assertEquals("Ada's revision", clash.storedTexts().get(p1));
    }

    @Test
    void tamperedIdsOfAnotherCoupleOrACancelledAssignmentAreNotFoundAndChangeNothing() {
        Scene scene = new Scene();
        Scene other = new Scene();
        Assignment theirs = other.give(OPEN_COMMUNICATION, Assignee.EACH_PARTNER, Visibility.SHARED);
        long theirAnswer = theirs.getAnswers().get(0).getId();

        assertThrows(RecordNotFoundException.class, () -> jpa.inTransaction(() -> scene.homework.sheet(scene.ada, theirs.getId())));
        assertThrows(RecordNotFoundException.class, () -> jpa.inTransaction(() -> scene.homework.saveDraft(scene.ada, theirAnswer,
                Map.of(), Map.of())));
        assertThrows(RecordNotFoundException.class, () -> jpa.inTransaction(() -> scene.homework.review(scene.practice.second, theirs.getId())));
        assertThrows(RecordNotFoundException.class, () -> jpa.inTransaction(() -> scene.homework.review(scene.ada, theirs.getId())));

        Assignment mine = scene.give(OPEN_COMMUNICATION, Assignee.EACH_PARTNER, Visibility.SHARED);
        long benAnswer = mine.getAnswers().stream().filter(a -> a.getPartner().getFullName().equals("Ben")).findFirst().orElseThrow().getId();
        assertThrows(RecordNotFoundException.class, () -> jpa.inTransaction(() -> scene.homework.saveDraft(scene.ada, benAnswer,
                Map.of(), Map.of())), "Ada cannot write Ben's answer");
        jpa.inTransaction(() -> scene.homework.cancel(scene.therapist, mine.getId()));
        assertThrows(RecordNotFoundException.class, () -> scene.sheet(scene.ada, mine));
        assertTrue(jpa.inTransaction(() -> scene.homework.homeworkOf(scene.ada)).isEmpty());
    }

    @Test
    void aWeeklyCheckInUntilADateMakesOneAssignmentPerWeek() {
        Scene scene = new Scene();
        AssignmentRequest request = new AssignmentRequest();
        request.setTemplateId(WEEKLY_CHECK_IN);
        request.setAssignee(Assignee.EACH_PARTNER);
        request.setDueDate(TODAY.plusDays(2));
        request.setRecurrence(AssignmentRequest.Recurrence.WEEKLY);
        request.setRepeatUntil(TODAY.plusDays(2 + 7 * 3));

        List<Assignment> given = jpa.inTransaction(() -> scene.homework.assign(scene.therapist, scene.couple.getId(), request));

        assertEquals(List.of(TODAY.plusDays(2), TODAY.plusDays(9), TODAY.plusDays(16), TODAY.plusDays(23)),
                given.stream().map(Assignment::getDueDate).toList());
        assertEquals(1, given.stream().map(Assignment::getSeriesId).distinct().count());
        assertEquals(4, jpa.inTransaction(() -> scene.homework.homeworkOf(scene.ada)).size());
    }

    @Test
    void aProgramAssignsTheFiveKeyStepsTwoWeeksApartAndTheRestCanBeShiftedOrCancelled() {
        Scene scene = new Scene();
        AssignmentRequest request = new AssignmentRequest();
        request.setProgramId(900L);
        request.setAssignee(Assignee.EACH_PARTNER);
        request.setVisibility(Visibility.REVEAL_TOGETHER);
        request.setDueDate(TODAY.plusDays(1));

        List<Assignment> run = jpa.inTransaction(() -> scene.homework.assignProgram(scene.therapist, scene.couple.getId(), request));
        assertEquals(5, run.size());
        assertEquals(List.of(1L, 15L, 29L, 43L, 57L), run.stream().map(a -> a.getDueDate().toEpochDay() - TODAY.toEpochDay()).toList());
        assertEquals(Assignee.TOGETHER, run.get(4).getAssignee(), "the connection step is done together");

        scene.answerAndSubmit(scene.ada, run.get(0), "Ada says done");
        assertEquals(4, jpa.inTransaction(() -> scene.homework.shiftRemaining(scene.therapist, run.get(0).getId(), 7)),
                "the first item was started by a partner submitting, so it stays");
        assertEquals(4, jpa.inTransaction(() -> scene.homework.cancelRemaining(scene.therapist, run.get(0).getId())));
        assertEquals(1, jpa.inTransaction(() -> scene.homework.homeworkOf(scene.ben)).size(), "only the first item is left");
    }

    @Test
    void submittingTheWeeklyCheckInHomeworkRecordsThisWeeksCheckInAndRevisesItLaterThatWeek() {
        Scene scene = new Scene();
        Assignment first = scene.give(WEEKLY_CHECK_IN, Assignee.EACH_PARTNER, Visibility.PRIVATE);
        AnswerSheet sheet = scene.sheet(scene.ada, first);
        List<Prompt> prompts = sheet.assignment().getTemplate().getPrompts();
        DraftSaved saved = jpa.inTransaction(() -> scene.homework.submit(scene.ada, sheet.mine().getId(), Map.of(
                prompts.get(0).getId(), "7", prompts.get(1).getId(), "6", prompts.get(2).getId(), "5",
                prompts.get(3).getId(), "4", prompts.get(4).getId(), "A steadier week"), Map.of()));

        assertTrue(saved.recordedAsCheckIn());
        List<CheckIn> adas = jpa.inTransaction(() -> scene.practice.checkIns.mine(scene.ada));
        assertEquals(1, adas.size());
        assertEquals(List.of(7, 6, 5, 4), List.of(adas.get(0).getTrust(), adas.get(0).getSafety(),
                adas.get(0).getConnection(), adas.get(0).getCommunication()));
        assertEquals("A steadier week", adas.get(0).getNote());
        assertEquals(TODAY, adas.get(0).getCheckedInOn());
        assertTrue(jpa.inTransaction(() -> scene.practice.checkIns.mine(scene.ben)).isEmpty(), "Ben has not answered");

        Assignment again = scene.give(WEEKLY_CHECK_IN, Assignee.EACH_PARTNER, Visibility.PRIVATE);
        scene.answerAndSubmit(scene.ada, again, "Later that week");
        List<CheckIn> revised = jpa.inTransaction(() -> scene.practice.checkIns.mine(scene.ada));
        assertEquals(1, revised.size(), "one check-in per partner per week");
        assertEquals(7, revised.get(0).getTrust());
        assertEquals(7, revised.get(0).getCommunication(), "the second answer revised the week's check-in");
    }

    @Test
    void otherHomeworkAndJointCheckInsRecordNoCheckIn() {
        Scene scene = new Scene();
        scene.answerAndSubmit(scene.ada, scene.give(OPEN_COMMUNICATION, Assignee.EACH_PARTNER, Visibility.PRIVATE), "Ada says");
        Assignment joint = scene.give(WEEKLY_CHECK_IN, Assignee.TOGETHER, Visibility.SHARED);
        AnswerSheet sheet = scene.sheet(scene.ada, joint);
        DraftSaved saved = jpa.inTransaction(() -> scene.homework.submit(scene.ada, sheet.mine().getId(),
                validValues(sheet.assignment(), "We say"), Map.of()));

        assertFalse(saved.recordedAsCheckIn());
        assertTrue(jpa.inTransaction(() -> scene.practice.checkIns.mine(scene.ada)).isEmpty());
        assertTrue(jpa.inTransaction(() -> scene.practice.checkIns.mine(scene.ben)).isEmpty());
    }

    @Test
    void aCheckInOnTheCheckInPageAnswersTheWeeksCheckInHomeworkAndOnlyTheNextOfASeriesIsListed() {
        Scene scene = new Scene();
        AssignmentRequest request = new AssignmentRequest();
        request.setTemplateId(WEEKLY_CHECK_IN);
        request.setAssignee(Assignee.EACH_PARTNER);
        request.setVisibility(Visibility.PRIVATE);
        request.setDueDate(TODAY);
        request.setRecurrence(AssignmentRequest.Recurrence.WEEKLY);
        request.setRepeatUntil(TODAY.plusWeeks(4));
        List<Assignment> series = jpa.inTransaction(() -> scene.homework.assign(scene.therapist, scene.couple.getId(), request));
        assertEquals(5, series.size());
        List<Answer> listed = jpa.inTransaction(() -> scene.homework.openHomeworkOf(scene.ada));
        assertEquals(List.of(TODAY), listed.stream().map(a -> a.getAssignment().getDueDate()).toList(),
                "only the next of the series is listed, not a month of them");

        jpa.inTransaction(() -> scene.homework.checkIn(scene.ada, new CheckIn.Ratings(7, 6, 5, 4, "A steadier week")));

        Answer thisWeeks = scene.sheet(scene.ada, series.get(0)).mine();
        assertEquals(AnswerStatus.SUBMITTED, thisWeeks.getStatus(), "the week's check-in homework is done");
        assertTrue(thisWeeks.valueTexts().values().containsAll(List.of("7", "6", "5", "4", "A steadier week")),
                thisWeeks.valueTexts().toString());
        assertEquals(List.of(TODAY.plusWeeks(1)), jpa.inTransaction(() -> scene.homework.openHomeworkOf(scene.ada)).stream()
                .map(a -> a.getAssignment().getDueDate()).toList(), "next week's is now the one to do");
        assertEquals(1, jpa.inTransaction(() -> scene.practice.checkIns.mine(scene.ada)).size(), "one check-in, not two");
        assertEquals(AnswerStatus.ASSIGNED, scene.sheet(scene.ben, series.get(0)).mine().getStatus(), "Ben's is his own");
    }

    /** The portal home lists the latest submitted answers and counts the rest, instead of every answer in years. */
    @Test
    void aPartnersCompletedHomeworkIsTheLatestFewAndHowManyInAll() {
        Scene scene = new Scene();
        List<Assignment> given = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            given.add(scene.give(OPEN_COMMUNICATION, Assignee.EACH_PARTNER, Visibility.PRIVATE));
        }
        // submitted a few minutes apart, in an order that is not the order they were given in
        int[] submissionOrder = {2, 0, 3, 1};
        for (int minute = 0; minute < submissionOrder.length; minute++) {
            HomeworkService then = new HomeworkService(jpa.em(), scene.practice.couples, scene.library,
                    scene.practice.checkIns, scene.practice.audit,
                    java.time.Clock.offset(PracticeFixture.CLOCK, java.time.Duration.ofMinutes(minute)));
            Assignment assignment = given.get(submissionOrder[minute]);
            AnswerSheet sheet = scene.sheet(scene.ada, assignment);
            jpa.inTransaction(() -> then.submit(scene.ada, sheet.mine().getId(), validValues(sheet.assignment(), "Ada's"),
                    sheet.mine().valueVersions()));
        }

        HomeworkService.CompletedHomework three = jpa.inTransaction(() -> scene.homework.completedHomeworkOf(scene.ada, 3));
        assertEquals(3, three.shown().size());
        assertEquals(4, three.total());
        assertEquals(1, three.notShown());
        assertEquals(List.of(given.get(1).getId(), given.get(3).getId(), given.get(0).getId()),
                three.shown().stream().map(a -> a.getAssignment().getId()).toList(), "the most recently submitted first");
        HomeworkService.CompletedHomework all = jpa.inTransaction(() -> scene.homework.completedHomeworkOf(scene.ada, 10));
        assertEquals(4, all.total());
        assertEquals(0, all.notShown());
        assertEquals(0, jpa.inTransaction(() -> scene.homework.completedHomeworkOf(scene.ben, 3)).total(),
                "Ben submitted none; Ada's are hers");
        assertEquals(4, jpa.inTransaction(() -> scene.homework.openHomeworkOf(scene.ben)).size());
        assertTrue(jpa.inTransaction(() -> scene.homework.openHomeworkOf(scene.ada)).isEmpty());
    }

    @Test
    void aPracticeBuildsItsOwnProgramFromLibraryTemplatesChangesItAndGivesIt() {
        Scene scene = new Scene();
        Scene otherPractice = new Scene();
        List<ProgramStep> steps = List.of(new ProgramStep(WEEKLY_CHECK_IN, 14), new ProgramStep(OPEN_COMMUNICATION, 0));
        Program saved = jpa.inTransaction(() -> scene.library.saveProgram(scene.therapist, null, null,
                "  Our first month  ", "Talk first, then check in.", steps));
        Program stored = jpa.inTransaction(() -> scene.library.program(scene.practice.second, saved.getId()));
        assertEquals("Our first month", stored.getTitle());
        assertEquals(List.of(OPEN_COMMUNICATION, WEEKLY_CHECK_IN), stored.getItems().stream().map(ProgramItem::getTemplateFamilyId).toList(),
                "ordered by day");
        assertThrows(RecordNotFoundException.class, () -> jpa.inTransaction(() ->
                otherPractice.library.program(otherPractice.therapist, saved.getId())), "another practice never sees it");

        // Changed: three steps, then one; positions stay unique throughout, and giving it uses its new steps.
        Program three = jpa.inTransaction(() -> scene.library.saveProgram(scene.therapist, saved.getId(), stored.getVersion(),
                "Our first month", "", List.of(new ProgramStep(OUR_NEW_AGREEMENTS, 21), new ProgramStep(OPEN_COMMUNICATION, 0),
                        new ProgramStep(WEEKLY_CHECK_IN, 7))));
        assertEquals(List.of(0, 7, 21), three.getItems().stream().map(ProgramItem::getOffsetDays).toList());
        assertThrows(BusinessRuleException.class, () -> jpa.inTransaction(() -> scene.library.saveProgram(scene.therapist,
                saved.getId(), stored.getVersion(), "Stale", "", steps)), "a stale copy does not overwrite");
        Program one = jpa.inTransaction(() -> scene.library.saveProgram(scene.therapist, saved.getId(),
                scene.library.program(scene.therapist, saved.getId()).getVersion(), "Just talking", "", List.of(new ProgramStep(OPEN_COMMUNICATION, 0))));
        assertEquals(1, jpa.inTransaction(() -> scene.library.program(scene.therapist, one.getId())).getItems().size());

        AssignmentRequest request = new AssignmentRequest();
        request.setProgramId(one.getId());
        request.setAssignee(Assignee.EACH_PARTNER);
        request.setVisibility(Visibility.PRIVATE);
        request.setDueDate(TODAY.plusDays(3));
        List<Assignment> given = jpa.inTransaction(() -> scene.homework.assignProgram(scene.therapist, scene.couple.getId(), request));
        assertEquals(List.of(TODAY.plusDays(3)), given.stream().map(Assignment::getDueDate).toList());

        // Refused with a reason, and nothing changed: no title, a template of another practice, a day out of range,
        // no steps, a built-in program.
        Template theirs = jpa.inTransaction(() -> otherPractice.library.create(otherPractice.therapist,
                otherPractice.library.find(otherPractice.therapist, OPEN_COMMUNICATION).copy()));
        Map<String, List<ProgramStep>> refusals = Map.of(
                "program.unknownTemplate", List.of(new ProgramStep(theirs.getFamilyId(), 0)),
                "program.offsetRange", List.of(new ProgramStep(OPEN_COMMUNICATION, LibraryService.MAX_OFFSET_DAYS + 1)),
                "program.stepCount", List.of());
        refusals.forEach((key, refused) -> assertEquals(key, assertThrows(BusinessRuleException.class, () -> jpa.inTransaction(() ->
                scene.library.saveProgram(scene.therapist, null, null, "Refused", "", refused))).getMessageKey()));
        assertEquals("program.titleRequired", assertThrows(BusinessRuleException.class, () -> jpa.inTransaction(() ->
                scene.library.saveProgram(scene.therapist, null, null, " ", "", steps))).getMessageKey());
        assertEquals("program.builtInReadOnly", assertThrows(BusinessRuleException.class, () -> jpa.inTransaction(() ->
                scene.library.saveProgram(scene.therapist, 900L, 0L, "Mine now", "", steps))).getMessageKey());
        assertTrue(jpa.inTransaction(() -> scene.library.programs(scene.therapist)).stream()
                .noneMatch(p -> p.getTitle().equals("Refused") || p.getTitle().equals("Mine now")));
    }

    @Test
    void dueDatesFromTodayToTwoYearsAheadAreAcceptedAndOthersRefusedAtTheirFieldWithNothingGiven() {
        Scene scene = new Scene();
        java.util.function.BiFunction<LocalDate, LocalDate, AssignmentRequest> request = (due, until) -> {
            AssignmentRequest r = new AssignmentRequest();
            r.setTemplateId(WEEKLY_CHECK_IN);
            r.setAssignee(Assignee.EACH_PARTNER);
            r.setDueDate(due);
            if (until != null) {
                r.setRecurrence(AssignmentRequest.Recurrence.EVERY_N_DAYS);
                r.setEveryDays(90);
                r.setRepeatUntil(until);
            }
            return r;
        };
        BusinessRuleException farAhead = assertThrows(BusinessRuleException.class, () -> jpa.inTransaction(() ->
                scene.homework.assign(scene.therapist, scene.couple.getId(), request.apply(LocalDate.of(9999, 12, 31), null))));
        assertEquals("assignment.dueDateRange", farAhead.getMessageKey());
        assertEquals("dueDate", farAhead.getField());
        assertEquals("assignment.dueDateRange", assertThrows(BusinessRuleException.class, () -> jpa.inTransaction(() ->
                scene.homework.assign(scene.therapist, scene.couple.getId(), request.apply(TODAY.plusYears(2).plusDays(1), null))))
                .getMessageKey());
        BusinessRuleException untilFarAhead = assertThrows(BusinessRuleException.class, () -> jpa.inTransaction(() ->
                scene.homework.assign(scene.therapist, scene.couple.getId(), request.apply(TODAY, TODAY.plusYears(2).plusDays(1)))));
        assertEquals("assignment.repeatUntilRange", untilFarAhead.getMessageKey());
        assertEquals("repeatUntil", untilFarAhead.getField());
        assertTrue(jpa.inTransaction(() -> scene.homework.assignmentsOf(scene.therapist, scene.couple.getId())).isEmpty());

        Assignment lastDay = jpa.inTransaction(() -> scene.homework.assign(scene.therapist, scene.couple.getId(),
                request.apply(TODAY.plusYears(2), null))).get(0);
        assertEquals(TODAY.plusYears(2), lastDay.getDueDate());
        assertEquals("assignment.dueDateRange", assertThrows(BusinessRuleException.class, () -> jpa.inTransaction(() -> {
            scene.homework.moveDueDate(scene.therapist, lastDay.getId(), LocalDate.of(9999, 12, 31));
            return null;
        })).getMessageKey());
        assertEquals(TODAY.plusYears(2), jpa.inTransaction(() -> scene.homework.review(scene.therapist, lastDay.getId()))
                .getDueDate(), "a refused move changes nothing");
    }

    @Test
    void homeworkIdenticalToAnOpenOneIsGivenOnlyOnceTheTherapistConfirmsIt() {
        Scene scene = new Scene();
        Assignment open = scene.give(OPEN_COMMUNICATION, Assignee.EACH_PARTNER, Visibility.SHARED);
        java.util.function.Supplier<AssignmentRequest> again = () -> {
            AssignmentRequest r = new AssignmentRequest();
            r.setTemplateId(OPEN_COMMUNICATION);
            r.setAssignee(Assignee.EACH_PARTNER);
            r.setVisibility(Visibility.PRIVATE);
            r.setDueDate(TODAY.plusDays(7));
            return r;
        };
        org.rebuildtrust.shared.DuplicateSuspectedException warning = assertThrows(
                org.rebuildtrust.shared.DuplicateSuspectedException.class, () -> jpa.inTransaction(() ->
                        scene.homework.assign(scene.therapist, scene.couple.getId(), again.get())));
        assertEquals("assignment.duplicate", warning.getMessageKey());
        assertEquals("template", warning.getField());
        assertEquals(1, jpa.inTransaction(() -> scene.homework.assignmentsOf(scene.therapist, scene.couple.getId())).size(),
                "the warning gave nothing");

        AssignmentRequest otherDay = again.get();
        otherDay.setDueDate(TODAY.plusDays(8));
        jpa.inTransaction(() -> scene.homework.assign(scene.therapist, scene.couple.getId(), otherDay));
        AssignmentRequest onlyAda = again.get();
        onlyAda.setAssignee(Assignee.ONE_PARTNER);
        onlyAda.setPartnerId(scene.couple.partnerA().getId());
        jpa.inTransaction(() -> scene.homework.assign(scene.therapist, scene.couple.getId(), onlyAda));
        AssignmentRequest confirmed = again.get();
        confirmed.setDuplicateConfirmed(true);
        jpa.inTransaction(() -> scene.homework.assign(scene.therapist, scene.couple.getId(), confirmed));
        assertEquals(4, jpa.inTransaction(() -> scene.homework.assignmentsOf(scene.therapist, scene.couple.getId())).size());

        jpa.inTransaction(() -> {
            scene.homework.cancel(scene.therapist, open.getId());
            return null;
        });
        Scene done = new Scene();
        Assignment submitted = done.give(OUR_NEW_AGREEMENTS, Assignee.TOGETHER, Visibility.SHARED);
        done.answerAndSubmit(done.ada, submitted, "Ada says done");
        AssignmentRequest afterDone = again.get();
        afterDone.setTemplateId(OUR_NEW_AGREEMENTS);
        afterDone.setAssignee(Assignee.TOGETHER);
        afterDone.setVisibility(Visibility.SHARED);
        jpa.inTransaction(() -> done.homework.assign(done.therapist, done.couple.getId(), afterDone));
        assertEquals(2, jpa.inTransaction(() -> done.homework.assignmentsOf(done.therapist, done.couple.getId())).size(),
                "homework already answered is not open: giving it again needs no confirmation");
    }
}
