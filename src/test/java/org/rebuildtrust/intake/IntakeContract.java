package org.rebuildtrust.intake;

import org.junit.jupiter.api.Test;
import org.rebuildtrust.couples.CaseloadQuery;
import org.rebuildtrust.couples.CaseloadRow;
import org.rebuildtrust.couples.Couple;
import org.rebuildtrust.homework.Assignee;
import org.rebuildtrust.homework.AssignmentRequest;
import org.rebuildtrust.homework.Template;
import org.rebuildtrust.homework.Visibility;
import org.rebuildtrust.security.Actor;
import org.rebuildtrust.shared.BusinessRuleException;
import org.rebuildtrust.shared.RecordNotFoundException;
import org.rebuildtrust.testsupport.DatabaseContract;
import org.rebuildtrust.testsupport.PracticeFixture;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Intakes answered alone, the safety screen, its flag and the homework it holds back, on a real database. */
abstract class IntakeContract extends DatabaseContract {

    private static final IntakeAnswers SAFE = new IntakeAnswers("+49 30 1234567", "evenings", "To trust again",
            "Ich habe die Nachrichten gefunden. 💔 لقد وجدت الرسائل", false, false, false, false, null);
    private static final IntakeAnswers AFRAID = new IntakeAnswers(null, "only by email", "To be safe first",
            "What he did after I found out", false, true, false, true, "He checks my phone every night");

    private final class Scene {
        final PracticeFixture practice = new PracticeFixture(jpa);
        final IntakeService intakes = practice.intakes;
        final Couple couple = practice.coupleOf(practice.first, practice.label("Intake"), "Ada", "Ben");
        final Actor ada = practice.portalLoginFor(couple, 1, "ada");
        final Actor ben = practice.portalLoginFor(couple, 2, "ben");
        final Template letter = practice.writingTemplate("A letter " + practice.label(""), "Write it.");

        void give(Assignee assignee, Visibility visibility) {
            AssignmentRequest request = new AssignmentRequest();
            request.setTemplateId(letter.getId());
            request.setAssignee(assignee);
            if (assignee == Assignee.ONE_PARTNER) {
                request.setPartnerId(couple.partnerA().getId());
            }
            request.setVisibility(visibility);
            request.setDueDate(PracticeFixture.TODAY.plusDays(7));
            request.setDuplicateConfirmed(true);
            jpa.inTransaction(() -> practice.homework.assign(practice.first, couple.getId(), request));
        }

        String safetyState() {
            return jpa.inTransaction(() -> jpa.em().find(Couple.class, couple.getId())).getSafetyState();
        }
    }

    @Test
    void aPartnerWritesAloneSendsOnceAndOnlyTheirTherapistReadsIt() {
        Scene scene = new Scene();
        Intake draft = jpa.inTransaction(() -> scene.intakes.save(scene.ada, SAFE, null));
        assertEquals(Intake.Status.DRAFT, draft.getStatus());
        assertTrue(jpa.inTransaction(() -> scene.intakes.mine(scene.ben)).isEmpty(), "Ben has none of his own, and never Ada's");
        assertTrue(jpa.inTransaction(() -> scene.intakes.sentOfCouple(scene.practice.first, scene.couple.getId())).isEmpty(),
                "a draft is the partner's alone");
        assertEquals(java.util.Map.of(scene.couple.partnerA().getId(), Intake.Status.DRAFT),
                jpa.inTransaction(() -> scene.intakes.statusesOfCouple(scene.practice.first, scene.couple.getId())));

        // a stale copy (another device saved meanwhile) is refused
        IntakeAnswers laterWords = new IntakeAnswers(SAFE.phone(), "mornings", SAFE.hopes(), SAFE.story(), null, null,
                null, null, null);
        jpa.inTransaction(() -> scene.intakes.save(scene.ada, laterWords, draft.getVersion()));
        assertThrows(org.rebuildtrust.shared.ConcurrentEditException.class, () ->
                jpa.inTransaction(() -> scene.intakes.save(scene.ada, SAFE, draft.getVersion())));

        // every screen question needs an answer before sending; nothing of the send is kept
        IntakeAnswers unanswered = new IntakeAnswers(null, null, null, null, false, null, false, false, null);
        long seen = jpa.inTransaction(() -> scene.intakes.mine(scene.ada)).orElseThrow().getVersion();
        assertThrows(org.rebuildtrust.shared.ConcurrentEditException.class, () -> jpa.inTransaction(() ->
                scene.intakes.save(scene.ada, SAFE, null)), "a page that showed no intake never overwrites one unseen");
        BusinessRuleException refused = assertThrows(BusinessRuleException.class, () ->
                jpa.inTransaction(() -> scene.intakes.submit(scene.ada, unanswered, seen)));
        assertEquals("threats", refused.getField());
        assertEquals(Intake.Status.DRAFT, jpa.inTransaction(() -> scene.intakes.mine(scene.ada)).orElseThrow().getStatus());

        jpa.inTransaction(() -> scene.intakes.submit(scene.ada, SAFE, seen));
        Intake sent = jpa.inTransaction(() -> scene.intakes.mine(scene.ada)).orElseThrow();
        assertTrue(sent.isSubmitted());
        assertEquals(SAFE.story(), sent.getStory(), "accents, emoji and right-to-left text as typed");
        assertEquals("intake.alreadySent", assertThrows(BusinessRuleException.class, () ->
                jpa.inTransaction(() -> scene.intakes.save(scene.ada, AFRAID, null))).getMessageKey());

        List<Intake> read = jpa.inTransaction(() -> scene.intakes.sentOfCouple(scene.practice.first, scene.couple.getId()));
        assertEquals(List.of(SAFE.story()), read.stream().map(Intake::getStory).toList());
        assertEquals(1, jpa.inTransaction(() -> scene.intakes.sentOfCouple(scene.practice.admin, scene.couple.getId())).size());
        assertThrows(RecordNotFoundException.class, () -> jpa.inTransaction(() ->
                scene.intakes.sentOfCouple(scene.practice.second, scene.couple.getId())), "another therapist");
        assertThrows(RecordNotFoundException.class, () -> jpa.inTransaction(() ->
                scene.intakes.sentOfCouple(scene.ben, scene.couple.getId())), "the other partner");
        assertEquals(2, readsOfIntake(sent.getId()), "each read by staff is in the audit trail");

        // the couple page opens one partner's intake at a time: Ada's is sent, Ben's is not, and a partner of
        // another couple opens nothing
        long adaId = jpa.inTransaction(() -> scene.practice.couples.findOwnPartner(scene.ada).getId());
        long benId = jpa.inTransaction(() -> scene.practice.couples.findOwnPartner(scene.ben).getId());
        assertEquals(SAFE.story(), jpa.inTransaction(() -> scene.intakes.sentIntakeOf(scene.practice.first, scene.couple.getId(), adaId))
                .orElseThrow().getStory());
        assertTrue(jpa.inTransaction(() -> scene.intakes.sentIntakeOf(scene.practice.first, scene.couple.getId(), benId)).isEmpty());
        Couple other = scene.practice.coupleOf(scene.practice.first, scene.practice.label("Other"), "Cleo", "Dev");
        assertTrue(jpa.inTransaction(() -> scene.intakes.sentIntakeOf(scene.practice.first, other.getId(), adaId)).isEmpty(),
                "Ada's intake is not another couple's");
        assertThrows(RecordNotFoundException.class, () -> jpa.inTransaction(() ->
                scene.intakes.sentIntakeOf(scene.practice.second, scene.couple.getId(), adaId)), "another therapist");
        assertThrows(RecordNotFoundException.class, () -> jpa.inTransaction(() ->
                scene.intakes.sentIntakeOf(scene.ben, scene.couple.getId(), adaId)), "the other partner");
        assertEquals(3, readsOfIntake(sent.getId()), "opening it on the couple page is a read in the audit trail too");
        assertEquals(null, scene.safetyState(), "a screen without a yes raises nothing");
    }

    /** How many reads of the intake the audit trail holds. */
    private long readsOfIntake(long intakeId) {
        return jpa.inTransaction(() -> jpa.em().createQuery("SELECT COUNT(e) FROM AuditEntry e WHERE e.recordType = :type"
                        + " AND e.recordId = :id AND e.action = :view", Long.class)
                .setParameter("type", org.rebuildtrust.audit.AuditRecord.INTAKE)
                .setParameter("id", intakeId)
                .setParameter("view", org.rebuildtrust.audit.AuditAction.VIEW).getSingleResult());
    }

    @Test
    void aYesOnTheScreenHoldsBackJointAndRevealTogetherHomeworkUntilTheTherapistDecides() {
        Scene scene = new Scene();
        scene.give(Assignee.TOGETHER, Visibility.SHARED);            // before any screen: allowed
        jpa.inTransaction(() -> scene.intakes.submit(scene.ben, AFRAID, null));
        assertEquals("RAISED", scene.safetyState());

        assertEquals("assignment.safetyHold", assertThrows(BusinessRuleException.class, () ->
                scene.give(Assignee.TOGETHER, Visibility.SHARED)).getMessageKey());
        assertEquals("assignment.safetyHold", assertThrows(BusinessRuleException.class, () ->
                scene.give(Assignee.EACH_PARTNER, Visibility.REVEAL_TOGETHER)).getMessageKey());
        assertEquals("assignment.safetyHold", assertThrows(BusinessRuleException.class, () ->
                scene.give(Assignee.EACH_PARTNER, Visibility.SHARED)).getMessageKey(), "the other partner would read it");
        scene.give(Assignee.EACH_PARTNER, Visibility.PRIVATE);       // private: still allowed
        scene.give(Assignee.ONE_PARTNER, Visibility.PRIVATE);

        // the caseload shows the flag first in its default order
        Couple calm = scene.practice.coupleOf(scene.practice.first, scene.practice.label("Calm"), "Cy", "Di");
        List<CaseloadRow> rows = jpa.inTransaction(() -> scene.practice.couples.caseloadPage(scene.practice.first,
                new CaseloadQuery(0, 20, null, true, null, scene.practice.label(""))));
        assertEquals(scene.couple.getLabel(), rows.get(0).getLabel());
        assertTrue(rows.get(0).isSafetyHold());
        assertFalse(rows.stream().filter(r -> r.getLabel().equals(calm.getLabel())).findFirst().orElseThrow().isSafetyHold());

        SafetyFlag flag = jpa.inTransaction(() -> scene.intakes.flagsOfCouple(scene.practice.first, scene.couple.getId())).get(0);
        assertEquals(scene.couple.partnerB().getId(), flag.getIntake().getPartner().getId());
        assertThrows(RecordNotFoundException.class, () -> jpa.inTransaction(() ->
                scene.intakes.flagsOfCouple(scene.ada, scene.couple.getId())), "never the other partner");
        assertThrows(RecordNotFoundException.class, () -> jpa.inTransaction(() ->
                scene.intakes.decide(scene.practice.second, flag.getId(), "Not mine to decide", PracticeFixture.TODAY)));
        assertEquals("safety.noteMissing", assertThrows(BusinessRuleException.class, () -> jpa.inTransaction(() ->
                scene.intakes.decide(scene.practice.first, flag.getId(), "  ", PracticeFixture.TODAY))).getMessageKey());
        assertEquals("safety.decidedOnRange", assertThrows(BusinessRuleException.class, () -> jpa.inTransaction(() ->
                scene.intakes.decide(scene.practice.first, flag.getId(), "Later", PracticeFixture.TODAY.plusDays(1)))).getMessageKey());
        assertEquals("RAISED", scene.safetyState(), "nothing was recorded");

        jpa.inTransaction(() -> scene.intakes.decide(scene.practice.first, flag.getId(),
                "Individual sessions first; joint work once Ben feels safe to speak. Safety plan given.", PracticeFixture.TODAY));
        assertEquals("DECIDED", scene.safetyState());
        scene.give(Assignee.TOGETHER, Visibility.SHARED);
        scene.give(Assignee.EACH_PARTNER, Visibility.REVEAL_TOGETHER);
        assertEquals("safety.alreadyDecided", assertThrows(BusinessRuleException.class, () -> jpa.inTransaction(() ->
                scene.intakes.decide(scene.practice.first, flag.getId(), "Again", PracticeFixture.TODAY))).getMessageKey());

        // a second partner's yes raises a new flag, and the hold with it
        jpa.inTransaction(() -> scene.intakes.submit(scene.ada, AFRAID, null));
        assertEquals("RAISED", scene.safetyState());
        assertEquals(2, jpa.inTransaction(() -> scene.intakes.flagsOfCouple(scene.practice.first, scene.couple.getId())).size());
    }
}
