package org.rebuildtrust.accountability;

import org.junit.jupiter.api.Test;
import org.rebuildtrust.couples.Couple;
import org.rebuildtrust.couples.CoupleStatus;
import org.rebuildtrust.couples.RecoveryRole;
import org.rebuildtrust.homework.Answer;
import org.rebuildtrust.homework.Assignee;
import org.rebuildtrust.homework.Assignment;
import org.rebuildtrust.homework.AssignmentRequest;
import org.rebuildtrust.homework.Visibility;
import org.rebuildtrust.security.Actor;
import org.rebuildtrust.shared.BusinessRuleException;
import org.rebuildtrust.shared.RecordNotFoundException;
import org.rebuildtrust.testsupport.DatabaseContract;
import org.rebuildtrust.testsupport.PracticeFixture;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The accountability table on a real database: who records what, latest values and trends, comment privacy. */
abstract class AccountabilityContract extends DatabaseContract {

    private static final AccountabilityStep TRANSPARENCY = AccountabilityStep.PROVIDE_TRANSPARENCY;

    /** Ada is the involved partner, Ben the hurt partner (or both, for mutual infidelity). */
    private final class Scene {
        final PracticeFixture practice = new PracticeFixture(jpa);
        final AccountabilityService service = practice.accountability;
        final Couple couple;
        final Actor ada;
        final Actor ben;

        Scene(RecoveryRole adaRole, RecoveryRole benRole) {
            Couple created = practice.coupleOf(practice.first, practice.label("Accountable"), "Ada", "Ben");
            couple = jpa.inTransaction(() -> {
                Couple edited = practice.couples.find(practice.first, created.getId());
                edited.partnerA().setRecoveryRole(adaRole);
                edited.partnerB().setRecoveryRole(benRole);
                edited.setStatus(CoupleStatus.ACTIVE);
                return practice.couples.update(practice.first, edited);
            });
            ada = practice.portalLoginFor(couple, 1, "ada");
            ben = practice.portalLoginFor(couple, 2, "ben");
        }

        long adaId() {
            return couple.partnerA().getId();
        }

        AccountabilityTable.Row row(Actor viewer, int table, AccountabilityStep step) {
            return jpa.inTransaction(() -> service.tables(viewer, couple.getId())).get(table).rows().stream()
                    .filter(r -> r.step() == step).findFirst().orElseThrow();
        }
    }

    @Test
    void eachOfTheFourStepsShowsTheLatestValuesWithTheirTrendAndTheGap() {
        Scene scene = new Scene(RecoveryRole.INVOLVED, RecoveryRole.HURT);
        jpa.inTransaction(() -> scene.service.rateAsHurtPartner(scene.ben, scene.adaId(), TRANSPARENCY, 2, null, false));
        jpa.inTransaction(() -> scene.service.rateAsHurtPartner(scene.ben, scene.adaId(), TRANSPARENCY, 4, null, false));
        jpa.inTransaction(() -> scene.service.rateSelf(scene.ada, TRANSPARENCY, 9, "I share my calendar now"));
        jpa.inTransaction(() -> scene.service.recordEvidence(scene.ada, TRANSPARENCY, PracticeFixture.TODAY.minusDays(1),
                "Showed my phone without being asked", null));
        jpa.inTransaction(() -> scene.service.assess(scene.practice.first, scene.couple.getId(), scene.adaId(), TRANSPARENCY,
                Assessment.BEGINNING, "Promising start"));

        List<AccountabilityTable> tables = jpa.inTransaction(() -> scene.service.tables(scene.practice.first, scene.couple.getId()));
        assertEquals(1, tables.size(), "one table: only Ada was unfaithful");
        assertEquals(4, tables.get(0).rows().size());
        AccountabilityTable.Row row = scene.row(scene.practice.first, 0, TRANSPARENCY);
        assertEquals(4, row.hurtRating());
        assertEquals(AccountabilityTable.Trend.UP, row.hurtTrend());
        assertEquals(9, row.selfRating());
        assertEquals(AccountabilityTable.Trend.FIRST, row.selfTrend());
        assertEquals(5, row.getGap());
        assertEquals(Assessment.BEGINNING, row.assessment());
        assertEquals("Showed my phone without being asked", row.evidence().get(0).getText());
        AccountabilityTable.Row untouched = scene.row(scene.practice.first, 0, AccountabilityStep.MAKE_AMENDS);
        assertNull(untouched.hurtRating());
        assertNull(untouched.getGap());
    }

    @Test
    void theHurtPartnersCommentIsPrivateUntilShared() {
        Scene scene = new Scene(RecoveryRole.INVOLVED, RecoveryRole.HURT);
        jpa.inTransaction(() -> scene.service.rateAsHurtPartner(scene.ben, scene.adaId(), TRANSPARENCY, 3, "Ben's private doubt", false));
        assertNull(scene.row(scene.ada, 0, TRANSPARENCY).hurtComment(), "hidden from the involved partner");
        assertEquals(3, scene.row(scene.ada, 0, TRANSPARENCY).hurtRating(), "the rating itself is shown to both");
        assertEquals("Ben's private doubt", scene.row(scene.ben, 0, TRANSPARENCY).hurtComment());
        assertEquals("Ben's private doubt", scene.row(scene.practice.first, 0, TRANSPARENCY).hurtComment());

        jpa.inTransaction(() -> scene.service.rateAsHurtPartner(scene.ben, scene.adaId(), TRANSPARENCY, 5, "Ben shares this", true));
        assertEquals("Ben shares this", scene.row(scene.ada, 0, TRANSPARENCY).hurtComment());
    }

    @Test
    void onlyTheInvolvedPartnerRecordsEvidenceAndOnlyTheHurtPartnerRatesThem() {
        Scene scene = new Scene(RecoveryRole.INVOLVED, RecoveryRole.HURT);
        assertEquals("accountability.notInvolvedPartner", assertThrows(BusinessRuleException.class, () -> jpa.inTransaction(() ->
                scene.service.recordEvidence(scene.ben, TRANSPARENCY, PracticeFixture.TODAY, "Not mine to record", null))).getMessageKey());
        assertThrows(RecordNotFoundException.class, () -> jpa.inTransaction(() ->
                scene.service.rateAsHurtPartner(scene.ada, scene.adaId(), TRANSPARENCY, 5, null, false)), "nobody rates their own table as hurt partner");
        assertEquals("accountability.futureDate", assertThrows(BusinessRuleException.class, () -> jpa.inTransaction(() ->
                scene.service.recordEvidence(scene.ada, TRANSPARENCY, PracticeFixture.TODAY.plusDays(1), "Tomorrow", null))).getMessageKey());
        for (Integer bad : new Integer[]{-1, 11, null}) {
            assertThrows(BusinessRuleException.class, () -> jpa.inTransaction(() -> scene.service.rateSelf(scene.ada, TRANSPARENCY, bad, null)));
        }
        assertThrows(RecordNotFoundException.class, () -> jpa.inTransaction(() -> scene.service.assess(scene.practice.second,
                scene.couple.getId(), scene.adaId(), TRANSPARENCY, Assessment.CONSISTENT, null)));
        assertTrue(scene.row(scene.practice.first, 0, TRANSPARENCY).evidence().isEmpty(), "nothing was written");
        assertNull(scene.row(scene.practice.first, 0, TRANSPARENCY).selfRating());
    }

    @Test
    void whereBothPartnersWereUnfaithfulEachHasATableAndRatesTheOther() {
        Scene scene = new Scene(RecoveryRole.BOTH, RecoveryRole.BOTH);
        long benId = scene.couple.partnerB().getId();
        jpa.inTransaction(() -> scene.service.rateAsHurtPartner(scene.ada, benId, TRANSPARENCY, 6, null, false));
        jpa.inTransaction(() -> scene.service.rateAsHurtPartner(scene.ben, scene.adaId(), TRANSPARENCY, 4, null, false));
        List<AccountabilityTable> tables = jpa.inTransaction(() -> scene.service.tables(scene.ada, scene.couple.getId()));
        assertEquals(2, tables.size());
        assertEquals(4, scene.row(scene.ada, 0, TRANSPARENCY).hurtRating());
        assertEquals(6, scene.row(scene.ada, 1, TRANSPARENCY).hurtRating());
    }

    @Test
    void evidenceMayPointAtOneOfTheInvolvedPartnersOwnSubmittedAnswersOnly() {
        Scene scene = new Scene(RecoveryRole.INVOLVED, RecoveryRole.HURT);
        AssignmentRequest request = new AssignmentRequest();
        request.setTemplateId(1L);
        request.setAssignee(Assignee.EACH_PARTNER);
        request.setVisibility(Visibility.PRIVATE);
        request.setDueDate(PracticeFixture.TODAY.plusDays(7));
        Assignment given = jpa.inTransaction(() -> scene.practice.homework.assign(scene.practice.first, scene.couple.getId(), request)).get(0);
        Answer adas = submitted(scene, scene.ada, given);
        Answer bens = submitted(scene, scene.ben, given);
        Assignment drafted = jpa.inTransaction(() -> scene.practice.homework.assign(scene.practice.first, scene.couple.getId(), request)).get(0);
        long adasDraft = jpa.inTransaction(() -> scene.practice.homework.sheet(scene.ada, drafted.getId()).mine().getId());

        assertEquals(List.of(adas.getId()), jpa.inTransaction(() -> scene.practice.homework.submittedAnswersOf(scene.ada))
                .stream().map(Answer::getId).toList(), "only her own submitted answer is offered");
        for (long notHers : new long[]{bens.getId(), adasDraft, -1}) {
            assertThrows(RecordNotFoundException.class, () -> jpa.inTransaction(() -> scene.service.recordEvidence(scene.ada,
                    TRANSPARENCY, PracticeFixture.TODAY, "Pointing elsewhere", notHers)));
        }
        assertTrue(scene.row(scene.practice.first, 0, TRANSPARENCY).evidence().isEmpty(), "nothing was written");

        jpa.inTransaction(() -> scene.service.recordEvidence(scene.ada, TRANSPARENCY, PracticeFixture.TODAY,
                "Wrote down our new agreement", adas.getId()));
        AccountabilityEntry evidence = scene.row(scene.ben, 0, TRANSPARENCY).evidence().get(0);
        assertEquals(adas.getId(), evidence.getAnswer().getId());
        assertEquals(given.getTemplate().getTitle(), evidence.getAnswer().getAssignment().getTemplate().getTitle());
    }

    private Answer submitted(Scene scene, Actor partner, Assignment assignment) {
        return scene.practice.submitAnswer(partner, assignment, "Something true");
    }

}
