package org.rebuildtrust.policy;

import org.junit.jupiter.api.Test;
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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The secrets policy: versions, signatures, and the joint work that waits for them, on a real database. */
abstract class PolicyContract extends DatabaseContract {

    private final class Scene {
        final PracticeFixture practice = new PracticeFixture(jpa);
        final PolicyService policies = practice.policies;
        final Couple couple = practice.coupleOf(practice.first, practice.label("Policy"), "Zoë Ødegård", "Ben Stroud");
        final Actor zoe = practice.portalLoginFor(couple, 1, "zoe");
        final Actor ben = practice.portalLoginFor(couple, 2, "ben");
        final Template letter = practice.writingTemplate("A letter " + practice.label(""), "Write it.");

        void giveTogether() {
            AssignmentRequest request = new AssignmentRequest();
            request.setTemplateId(letter.getId());
            request.setAssignee(Assignee.TOGETHER);
            request.setVisibility(Visibility.SHARED);
            request.setDueDate(PracticeFixture.TODAY.plusDays(7));
            request.setDuplicateConfirmed(true);
            jpa.inTransaction(() -> practice.homework.assign(practice.first, couple.getId(), request));
        }

        SecretsPolicy publish(String text) {
            return jpa.inTransaction(() -> policies.publish(practice.admin, text));
        }

        PolicySignature sign(Actor partner, long policyId, String name) {
            return jpa.inTransaction(() -> policies.sign(partner, policyId, name));
        }
    }

    @Test
    void eachVersionIsKeptAsWrittenAndASignatureStaysWithTheVersionSigned() {
        Scene scene = new Scene();
        scene.giveTogether(); // no policy yet: nothing to sign, nothing waits
        assertEquals(PolicyService.MyStatus.NONE, jpa.inTransaction(() -> scene.policies.myStatus(scene.zoe)));
        assertEquals("policy.textMissing", assertThrows(BusinessRuleException.class, () -> scene.publish(" ")).getMessageKey());
        assertThrows(RecordNotFoundException.class, () -> jpa.inTransaction(() ->
                scene.policies.publish(scene.practice.first, "A therapist's own policy")), "admins only");
        SecretsPolicy first = scene.publish("No secrets: what one of you tells me alone, I may bring to both.");

        assertEquals("policy.nameMissing", assertThrows(BusinessRuleException.class, () ->
                scene.sign(scene.zoe, first.getId(), "  ")).getMessageKey());
        BusinessRuleException wrongName = assertThrows(BusinessRuleException.class, () -> scene.sign(scene.zoe, first.getId(), "Ben Stroud"));
        assertEquals("policy.nameMismatch", wrongName.getMessageKey());
        assertEquals("typedName", wrongName.getField());
        PolicySignature zoes = scene.sign(scene.zoe, first.getId(), "  zoë   ØDEGÅRD ");
        assertEquals("zoë   ØDEGÅRD", zoes.getTypedName(), "kept as typed");
        assertEquals("policy.alreadySigned", assertThrows(BusinessRuleException.class, () ->
                scene.sign(scene.zoe, first.getId(), "Zoë Ødegård")).getMessageKey());

        SecretsPolicy second = scene.publish("Limited secrets: what you tell me alone stays private, except an ongoing affair.");
        assertEquals(2, second.getRevision());
        assertEquals("policy.notCurrent", assertThrows(BusinessRuleException.class, () ->
                scene.sign(scene.ben, first.getId(), "Ben Stroud")).getMessageKey(), "an older version is not signed any more");
        scene.sign(scene.ben, second.getId(), "Ben Stroud");

        List<PolicySignature> signatures = jpa.inTransaction(() -> scene.policies.signaturesOfCouple(scene.practice.first, scene.couple.getId()));
        assertEquals(List.of(2, 1), signatures.stream().map(s -> s.getPolicy().getRevision()).toList());
        assertEquals("No secrets: what one of you tells me alone, I may bring to both.", signatures.get(1).getPolicy().getText(),
                "Zoë's signature is of the text she read");
        assertEquals(List.of(2, 1), jpa.inTransaction(() -> scene.policies.revisions(scene.practice.admin)).stream()
                .map(SecretsPolicy::getRevision).toList());
        assertThrows(RecordNotFoundException.class, () -> jpa.inTransaction(() ->
                scene.policies.signaturesOfCouple(scene.practice.second, scene.couple.getId())));
        assertThrows(RecordNotFoundException.class, () -> jpa.inTransaction(() ->
                scene.policies.signaturesOfCouple(scene.ben, scene.couple.getId())));
        assertTrue(jpa.inTransaction(() -> scene.policies.mySignatureOfCurrent(scene.zoe)).isEmpty(), "Zoë has not signed version 2");
        // the portal home's card: Zoë signed only the first version, Ben the current one
        assertEquals(PolicyService.MyStatus.UNSIGNED, jpa.inTransaction(() -> scene.policies.myStatus(scene.zoe)));
        assertEquals(PolicyService.MyStatus.SIGNED, jpa.inTransaction(() -> scene.policies.myStatus(scene.ben)));
    }

    @Test
    void jointWorkWaitsUntilBothPartnersHaveSigned() {
        Scene scene = new Scene();
        SecretsPolicy policy = scene.publish("Limited secrets.");
        BusinessRuleException waiting = assertThrows(BusinessRuleException.class, scene::giveTogether);
        assertEquals("assignment.policyUnsigned", waiting.getMessageKey());
        assertEquals(List.of("Zoë Ødegård, Ben Stroud"), List.of(waiting.getArguments()));
        scene.sign(scene.ben, policy.getId(), "Ben Stroud");
        assertEquals(List.of("Zoë Ødegård"), List.of(assertThrows(BusinessRuleException.class, scene::giveTogether).getArguments()));
        scene.sign(scene.zoe, policy.getId(), "Zoë Ødegård");
        scene.giveTogether();
        // a new version does not stop work that both agreed to under the old one
        scene.publish("Limited secrets, second version.");
        scene.giveTogether();
    }
}
