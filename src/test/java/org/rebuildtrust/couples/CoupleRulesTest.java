package org.rebuildtrust.couples;

import org.junit.jupiter.api.Test;
import org.rebuildtrust.shared.BusinessRuleException;
import org.rebuildtrust.shared.ConcurrentEditException;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CoupleRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    private static Couple validDraft() {
        Couple couple = Couple.draft(TODAY.minusDays(10));
        couple.setLabel("Test couple");
        couple.setDiscoveryDate(TODAY.minusMonths(1));
        couple.partnerA().setFullName("A");
        couple.partnerB().setFullName("B");
        return couple;
    }

    private static String refusal(Couple couple) {
        return assertThrows(BusinessRuleException.class, () -> couple.checkRules(TODAY)).getMessageKey();
    }

    @Test
    void aDraftHasExactlyTwoEmptyPartnerSeatsAndStartsToday() {
        Couple draft = Couple.draft(TODAY);
        assertEquals(2, draft.getPartners().size());
        assertEquals(1, draft.partnerA().getSeat());
        assertEquals(2, draft.partnerB().getSeat());
        assertEquals(TODAY, draft.getStartDate());
        assertEquals(CoupleStatus.INTAKE, draft.getStatus());
    }

    @Test
    void discoveryCannotBeInTheFuture() {
        Couple couple = validDraft();
        couple.setDiscoveryDate(TODAY.plusDays(1));
        assertEquals("couple.discoveryInFuture", refusal(couple));
    }

    @Test
    void discoveryTodayIsAllowed() {
        Couple couple = validDraft();
        couple.setDiscoveryDate(TODAY);
        couple.setStartDate(TODAY);
        couple.checkRules(TODAY);
    }

    @Test
    void therapyCannotStartBeforeDiscovery() {
        Couple couple = validDraft();
        couple.setStartDate(couple.getDiscoveryDate().minusDays(1));
        BusinessRuleException refused = assertThrows(BusinessRuleException.class, () -> couple.checkRules(TODAY));
        assertEquals("couple.startBeforeDiscovery", refused.getMessageKey());
        assertEquals("startDate", refused.getField());
    }

    @Test
    void closingWithoutADateClosesToday() {
        Couple couple = validDraft();
        couple.setStatus(CoupleStatus.CLOSED);
        couple.checkRules(TODAY);
        assertEquals(TODAY, couple.getClosingDate());
    }

    @Test
    void aClosingDateBelongsOnlyToAClosedCouple() {
        for (CoupleStatus open : new CoupleStatus[]{CoupleStatus.INTAKE, CoupleStatus.ACTIVE, CoupleStatus.PAUSED}) {
            Couple couple = validDraft();
            couple.setStatus(open);
            couple.setClosingDate(TODAY);
            assertEquals("couple.closingDateOnlyWhenClosed", refusal(couple), open.name());
        }
    }

    @Test
    void closingCannotPrecedeTheStartOrLieInTheFuture() {
        Couple early = validDraft();
        early.setStatus(CoupleStatus.CLOSED);
        early.setClosingDate(early.getStartDate().minusDays(1));
        assertEquals("couple.closingBeforeStart", refusal(early));

        Couple future = validDraft();
        future.setStatus(CoupleStatus.CLOSED);
        future.setClosingDate(TODAY.plusDays(1));
        assertEquals("couple.closingInFuture", refusal(future));
    }

    @Test
    void twoHurtOrTwoInvolvedPartnersAreRefused() {
        for (RecoveryRole role : new RecoveryRole[]{RecoveryRole.HURT, RecoveryRole.INVOLVED}) {
            Couple couple = validDraft();
            couple.partnerA().setRecoveryRole(role);
            couple.partnerB().setRecoveryRole(role);
            assertEquals("couple.sameRecoveryRole", refusal(couple), role.name());
        }
    }

    @Test
    void mutualInfidelityMeansBothForEachPartner() {
        Couple mixed = validDraft();
        mixed.partnerA().setRecoveryRole(RecoveryRole.BOTH);
        mixed.partnerB().setRecoveryRole(RecoveryRole.HURT);
        assertEquals("couple.mutualForBoth", refusal(mixed));

        Couple mutual = validDraft();
        mutual.partnerA().setRecoveryRole(RecoveryRole.BOTH);
        mutual.partnerB().setRecoveryRole(RecoveryRole.BOTH);
        mutual.checkRules(TODAY);

        Couple undecided = validDraft();
        undecided.partnerA().setRecoveryRole(RecoveryRole.BOTH);
        undecided.partnerB().setRecoveryRole(RecoveryRole.NOT_SET);
        undecided.checkRules(TODAY);
    }

    @Test
    void hurtAndInvolvedIsTheUsualPair() {
        Couple couple = validDraft();
        couple.partnerA().setRecoveryRole(RecoveryRole.HURT);
        couple.partnerB().setRecoveryRole(RecoveryRole.INVOLVED);
        couple.checkRules(TODAY);
    }

    @Test
    void revisingCopiesTheEditedDetailsOntoTheStoredCouple() {
        Couple stored = validDraft();
        Couple edited = validDraft();
        edited.setLabel("Renamed");
        edited.setStatus(CoupleStatus.ACTIVE);
        edited.setSummary("Working on transparency");
        edited.partnerB().setFullName("B. Renamed");
        edited.partnerB().setRecoveryRole(RecoveryRole.HURT);
        Instant now = Instant.parse("2026-11-27T10:00:00Z");

        stored.reviseDetails(edited, TODAY, now);

        assertEquals("Renamed", stored.getLabel());
        assertEquals(CoupleStatus.ACTIVE, stored.getStatus());
        assertEquals("Working on transparency", stored.getSummary());
        assertEquals("B. Renamed", stored.partnerB().getFullName());
        assertEquals(RecoveryRole.HURT, stored.partnerB().getRecoveryRole());
        assertEquals(now, stored.getLastActivityAt());
        assertNull(stored.getClosingDate());
    }

    @Test
    void anInvalidEditChangesNothing() {
        Couple stored = validDraft();
        Couple edited = validDraft();
        edited.setLabel("Renamed");
        edited.setStartDate(edited.getDiscoveryDate().minusDays(3));

        assertThrows(BusinessRuleException.class, () -> stored.reviseDetails(edited, TODAY, Instant.now()));
        assertEquals("Test couple", stored.getLabel());
    }

    @Test
    void aCopyOlderThanTheStoredCoupleIsRefused() {
        Couple stored = validDraft();
        assertThrows(ConcurrentEditException.class, () -> stored.checkVersion(stored.getVersion() + 1));
    }
}
