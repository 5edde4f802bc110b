package org.rebuildtrust.audit;

import org.junit.jupiter.api.Test;
import org.rebuildtrust.accountability.AccountabilityStep;
import org.rebuildtrust.checkins.CheckIn;
import org.rebuildtrust.couples.Couple;
import org.rebuildtrust.couples.RecoveryRole;
import org.rebuildtrust.homework.Assignee;
import org.rebuildtrust.homework.AssignmentRequest;
import org.rebuildtrust.homework.Visibility;
import org.rebuildtrust.milestones.MilestoneKind;
import org.rebuildtrust.security.Actor;
import org.rebuildtrust.shared.BusinessRuleException;
import org.rebuildtrust.shared.RecordNotFoundException;
import org.rebuildtrust.testsupport.DatabaseContract;
import org.rebuildtrust.testsupport.PracticeFixture;
import org.rebuildtrust.testsupport.TestDatabase;

import java.util.List;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The audit trail on a real database: one entry per audited action, the hash chain, search and append-only. */
abstract class AuditContract extends DatabaseContract {

    private long lastPosition() {
        return jpa.inTransaction(() -> jpa.em().createQuery("SELECT COALESCE(MAX(e.position), 0) FROM AuditEntry e", Long.class)
                .getSingleResult());
    }

    private long lastId() {
        return jpa.inTransaction(() -> jpa.em().createQuery("SELECT COALESCE(MAX(e.id), 0) FROM AuditEntry e", Long.class)
                .getSingleResult());
    }

    /** Runs an action (which manages its own transactions) and returns the entries it appended, sealed or not. */
    private List<AuditEntry> entriesOf(Supplier<?> action) {
        long before = lastId();
        action.get();
        return jpa.inTransaction(() -> jpa.em().createQuery("SELECT e FROM AuditEntry e WHERE e.id > :before"
                + " ORDER BY e.id", AuditEntry.class).setParameter("before", before).getResultList());
    }

    private static void assertOne(List<AuditEntry> entries, Actor who, AuditAction action, AuditRecord record, Long coupleId) {
        assertEquals(1, entries.size(), () -> "exactly one entry, found " + entries.stream()
                .map(e -> e.getAction() + " " + e.getRecordType()).toList());
        AuditEntry entry = entries.get(0);
        assertEquals(action, entry.getAction());
        assertEquals(record, entry.getRecordType());
        assertEquals(who.accountId(), entry.getAccountId());
        assertEquals(who.loginName(), entry.getLoginName());
        assertEquals(who.role().name(), entry.getRole());
        assertEquals(coupleId, entry.getCoupleId());
        assertEquals(PracticeFixture.ADDRESS, entry.getAddress());
        assertEquals(PracticeFixture.CLOCK.instant(), entry.getOccurredAt());
    }

    @Test
    void eachAuditedActionProducesExactlyItsEntryAndARefusedOneNone() {
        PracticeFixture practice = new PracticeFixture(jpa);
        Actor robin = practice.first;
        List<AuditEntry> created = entriesOf(() -> practice.coupleOf(robin, practice.label("Audited"), "Ada", "Ben"));
        Couple couple = jpa.inTransaction(() -> practice.couples.find(robin, created.get(0).getRecordId()));
        assertOne(created, robin, AuditAction.CREATE, AuditRecord.COUPLE, couple.getId());

        List<AuditEntry> login = entriesOf(() -> practice.portalLoginFor(couple, 1, "ada"));
        assertEquals(List.of(AuditAction.CREATE, AuditAction.CHANGE), login.stream().map(AuditEntry::getAction).toList(),
                "the account is created, and linked to the partner");
        Actor ada = jpa.inTransaction(() -> Actor.of(practice.couples.find(practice.admin, couple.getId()).partnerA().getAccount()));

        assertOne(entriesOf(() -> jpa.inTransaction(() -> practice.checkIns.checkIn(ada, new CheckIn.Ratings(5, 5, 5, 5, "A note")))),
                ada, AuditAction.CREATE, AuditRecord.CHECK_IN, couple.getId());
        assertOne(entriesOf(() -> jpa.inTransaction(() -> practice.checkIns.checkIn(ada, new CheckIn.Ratings(6, 5, 5, 5, null)))),
                ada, AuditAction.CHANGE, AuditRecord.CHECK_IN, couple.getId());
        long before = lastId();
        assertThrows(BusinessRuleException.class, () -> jpa.inTransaction(() ->
                practice.checkIns.checkIn(ada, new CheckIn.Ratings(11, 5, 5, 5, null))));
        assertEquals(before, lastId(), "a refused check-in leaves no entry");

        assertOne(entriesOf(() -> jpa.inTransaction(() -> practice.milestones.log(ada, MilestoneKind.DATE_NIGHT, PracticeFixture.TODAY, "Dinner"))),
                ada, AuditAction.CREATE, AuditRecord.MILESTONE, couple.getId());
        AssignmentRequest request = new AssignmentRequest();
        request.setTemplateId(1L);
        request.setAssignee(Assignee.ONE_PARTNER);
        request.setPartnerId(couple.partnerA().getId());
        request.setVisibility(Visibility.PRIVATE);
        request.setDueDate(PracticeFixture.TODAY.plusDays(3));
        assertOne(entriesOf(() -> jpa.inTransaction(() -> practice.homework.assign(robin, couple.getId(), request))),
                robin, AuditAction.CREATE, AuditRecord.ASSIGNMENT, couple.getId());
        assertOne(entriesOf(() -> jpa.inTransaction(() -> practice.sessions.record(robin, couple.getId(), PracticeFixture.TODAY, true, true))),
                robin, AuditAction.CREATE, AuditRecord.SESSION, couple.getId());
        assertOne(entriesOf(() -> jpa.inTransaction(() -> practice.sessions.savePrepNote(robin, couple.getId(), "Ask about the week", null))),
                robin, AuditAction.CREATE, AuditRecord.PREP_NOTE, couple.getId());

        jpa.inTransaction(() -> {
            Couple edited = practice.couples.find(robin, couple.getId());
            edited.partnerA().setRecoveryRole(RecoveryRole.INVOLVED);
            return practice.couples.update(robin, edited);
        });
        assertOne(entriesOf(() -> jpa.inTransaction(() -> practice.accountability.rateSelf(ada, AccountabilityStep.MAKE_AMENDS, 6, null))),
                ada, AuditAction.CREATE, AuditRecord.ACCOUNTABILITY, couple.getId());

        List<AuditEntry> signIns = entriesOf(() -> jpa.inTransaction(() -> {
            practice.audit.signIn(ada.loginName(), ada.accountId(), "CLIENT", true);
            practice.audit.signIn("no-such-login", null, null, false);
            return null;
        }));
        assertEquals(List.of(AuditAction.SIGN_IN, AuditAction.SIGN_IN_FAILED), signIns.stream().map(AuditEntry::getAction).toList());
        assertNull(signIns.get(1).getAccountId());
    }

    @Test
    void theChainVerifiesUntilAnEntryIsChangedAndThenNamesTheFirstBrokenOne() {
        PracticeFixture practice = new PracticeFixture(jpa);
        for (int i = 0; i < 5; i++) {
            int n = i;
            jpa.inTransaction(() -> practice.audit.record(practice.first, AuditAction.VIEW, AuditRecord.COUPLE, (long) n, null, "look " + n));
        }
        Verification intact = jpa.inTransaction(() -> practice.audit.verify(practice.admin));
        assertTrue(intact.isIntact());
        assertEquals(lastPosition(), intact.intactEntries());

        long tampered = lastPosition() - 2;
        boolean postgres = database() == TestDatabase.POSTGRES;
        if (postgres) {
            assertThrows(RuntimeException.class, () -> jpa.inTransaction(() -> jpa.em()
                    .createNativeQuery("UPDATE audit_entry SET detail = 'nothing to see' WHERE position = " + tampered)
                    .executeUpdate()), "the database refuses to change an entry");
            assertThrows(RuntimeException.class, () -> jpa.inTransaction(() -> jpa.em()
                    .createNativeQuery("DELETE FROM audit_entry WHERE position = " + tampered).executeUpdate()),
                    "and to delete one");
            // the one update it allows is the sealing of a waiting entry, and only that: no other column may change
            // with it, a waiting entry cannot be changed otherwise, and a sealed one cannot be sealed again or unsealed
            long waiting = jpa.inTransaction(() -> {
                practice.audit.record(practice.first, AuditAction.VIEW, AuditRecord.COUPLE, 1L, null, "waiting");
                return jpa.em().createQuery("SELECT MAX(e.id) FROM AuditEntry e", Long.class).getSingleResult();
            });
            for (String change : List.of("position = 999999, previous_hash = 'x', hash = 'y', detail = 'changed'",
                    "position = 999999, previous_hash = 'x', hash = 'y', occurred_at = occurred_at + INTERVAL '1 day'",
                    "position = 999999, previous_hash = 'x', hash = 'y', entry_mac = 'forged'",
                    "position = 0, previous_hash = 'x', hash = 'y'", "position = -1, previous_hash = 'x', hash = 'y'",
                    "detail = 'changed'", "position = 999999")) {
                assertThrows(RuntimeException.class, () -> jpa.inTransaction(() -> jpa.em()
                        .createNativeQuery("UPDATE audit_entry SET " + change + " WHERE id = " + waiting).executeUpdate()),
                        "refused: " + change);
            }
            jpa.inTransaction(practice.audit::sealPending);
            for (String change : List.of("position = NULL, previous_hash = NULL, hash = NULL", "hash = 'y'",
                    "position = position + 1000000")) {
                assertThrows(RuntimeException.class, () -> jpa.inTransaction(() -> jpa.em()
                        .createNativeQuery("UPDATE audit_entry SET " + change + " WHERE id = " + waiting).executeUpdate()),
                        "refused on a sealed entry: " + change);
            }
            assertTrue(jpa.inTransaction(() -> practice.audit.verify(practice.admin)).isIntact(), "nothing changed");
        }
        // someone with the database owner's rights goes around the trigger: the chain still shows it
        String original = jpa.inTransaction(() -> (String) jpa.em().createNativeQuery(
                "SELECT detail FROM audit_entry WHERE position = " + tampered).getSingleResult());
        setDetailAroundTheTrigger(tampered, "nothing to see");
        Verification broken = jpa.inTransaction(() -> practice.audit.verify(practice.admin));
        assertFalse(broken.isIntact());
        assertEquals(tampered, broken.firstBrokenPosition());
        assertEquals(tampered - 1, broken.intactEntries());

        // and put back as it was, the chain holds again (the other tests of this class verify it too)
        setDetailAroundTheTrigger(tampered, original);
        assertTrue(jpa.inTransaction(() -> practice.audit.verify(practice.admin)).isIntact());
    }

    private void setDetailAroundTheTrigger(long position, String detail) {
        boolean postgres = database() == TestDatabase.POSTGRES;
        jpa.inTransaction(() -> {
            if (postgres) {
                jpa.em().createNativeQuery("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only").executeUpdate();
            }
            jpa.em().createNativeQuery("UPDATE audit_entry SET detail = ?1 WHERE position = ?2")
                    .setParameter(1, detail).setParameter(2, position).executeUpdate();
            if (postgres) {
                jpa.em().createNativeQuery("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only").executeUpdate();
            }
            return null;
        });
    }

    /**
     * Issue 16: every append used to lock the chain's head, so audited writes queued on one row. Now an action's entry
     * is inserted without it: while another transaction (a sealer, on this or another instance) holds the head, an
     * audited action still commits, its entry waiting with no position, signed; the next sealing chains it.
     */
    @Test
    void anAppendNeedsNoLockOnTheChainAndWaitsSignedUntilItIsSealed() throws Exception {
        PracticeFixture practice = new PracticeFixture(jpa);
        jpa.inTransaction(practice.audit::sealPending);
        jakarta.persistence.EntityManager sealer = jpa.newEntityManager();
        java.util.concurrent.ExecutorService writer = java.util.concurrent.Executors.newSingleThreadExecutor();
        AuditEntry waiting;
        try {
            sealer.getTransaction().begin();
            sealer.find(AuditChainHead.class, AuditChainHead.THE_HEAD, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
            List<AuditEntry> appended = writer.submit(() -> entriesOf(() -> jpa.inTransaction(() -> {
                practice.audit.record(practice.first, AuditAction.VIEW, AuditRecord.COUPLE, 7L, 7L, "while sealing");
                return null;
            }))).get(20, java.util.concurrent.TimeUnit.SECONDS); // it used to wait here for the head's lock
            waiting = appended.get(0);
        } finally {
            if (sealer.getTransaction().isActive()) {
                sealer.getTransaction().rollback();
            }
            sealer.close();
            writer.shutdownNow();
        }
        assertNull(waiting.getPosition(), "not in the chain yet");
        assertNull(waiting.getHash());
        assertEquals(PracticeFixture.AUDIT_KEYS.currentId(), waiting.getKeyId());
        assertTrue(waiting.signedByThisPractice(PracticeFixture.AUDIT_KEYS), "signed by the application");

        long end = lastPosition();
        assertEquals(1, jpa.inTransaction(practice.audit::sealPending));
        AuditEntry sealed = jpa.inTransaction(() -> jpa.em().find(AuditEntry.class, waiting.getId()));
        assertEquals(end + 1, sealed.getPosition(), "the next position of the chain");
        assertEquals("while sealing", sealed.getDetail());
        assertEquals(0, jpa.inTransaction(practice.audit::sealPending), "nothing is sealed twice");
        assertTrue(jpa.inTransaction(() -> practice.audit.verify(practice.admin)).isIntact());
    }

    /**
     * Two instances seal at once while eight writers append: one chain, every entry in it once, positions without gaps,
     * verified intact.
     */
    @Test
    void writersAndTwoSealersAtOnceMakeOneChainWithoutGaps() throws Exception {
        PracticeFixture practice = new PracticeFixture(jpa);
        int writers = 8;
        int each = 25;
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(writers + 2);
        java.util.concurrent.CountDownLatch together = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicBoolean writing = new java.util.concurrent.atomic.AtomicBoolean(true);
        long before = lastId();
        try {
            List<java.util.concurrent.Future<?>> work = new java.util.ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                work.add(threads.submit(() -> {
                    try (OwnTrail own = new OwnTrail()) {
                        together.await();
                        for (int i = 0; i < each; i++) {
                            int n = i;
                            own.inTransaction(audit -> audit.record(practice.first, AuditAction.VIEW, AuditRecord.COUPLE,
                                    (long) writer, null, "writer " + writer + " entry " + n));
                        }
                    }
                    return null;
                }));
            }
            List<java.util.concurrent.Future<?>> sealers = new java.util.ArrayList<>();
            for (int s = 0; s < 2; s++) {
                sealers.add(threads.submit(() -> {
                    try (OwnTrail own = new OwnTrail()) {
                        together.await();
                        while (writing.get()) {
                            own.inTransaction(AuditTrail::sealPending);
                        }
                    }
                    return null;
                }));
            }
            together.countDown();
            for (java.util.concurrent.Future<?> writer : work) {
                writer.get(2, java.util.concurrent.TimeUnit.MINUTES);
            }
            writing.set(false);
            for (java.util.concurrent.Future<?> sealer : sealers) {
                sealer.get(2, java.util.concurrent.TimeUnit.MINUTES);
            }
        } finally {
            writing.set(false);
            threads.shutdownNow();
        }
        jpa.inTransaction(practice.audit::sealPending);
        assertEquals((long) writers * each, (long) jpa.inTransaction(() -> jpa.em().createQuery(
                "SELECT COUNT(e) FROM AuditEntry e WHERE e.id > :before AND e.position IS NOT NULL", Long.class)
                .setParameter("before", before).getSingleResult()), "every entry sealed");
        Object[] positions = jpa.inTransaction(() -> jpa.em().createQuery(
                "SELECT COUNT(e), COUNT(DISTINCT e.position), MAX(e.position) FROM AuditEntry e", Object[].class).getSingleResult());
        assertEquals(((Number) positions[0]).longValue(), ((Number) positions[1]).longValue(), "no position twice");
        assertEquals(((Number) positions[0]).longValue(), ((Number) positions[2]).longValue(), "no gap");
        Verification verified = jpa.inTransaction(() -> practice.audit.verify(practice.admin));
        assertTrue(verified.isIntact(), verified::toString);
        assertEquals(((Number) positions[0]).longValue(), verified.intactEntries());
    }

    /** An audit trail with an entity manager of its own, for one thread: what one instance's request or sealer has. */
    private final class OwnTrail implements AutoCloseable {
        private final jakarta.persistence.EntityManager em = jpa.newEntityManager();
        private final AuditTrail trail = new AuditTrail(em, PracticeFixture.CLOCK, () -> PracticeFixture.ADDRESS,
                PracticeFixture.AUDIT_KEYS);

        void inTransaction(java.util.function.Consumer<AuditTrail> step) {
            em.getTransaction().begin();
            try {
                step.accept(trail);
                em.getTransaction().commit();
            } finally {
                if (em.getTransaction().isActive()) {
                    em.getTransaction().rollback();
                }
                em.clear();
            }
        }

        @Override
        public void close() {
            em.close();
        }
    }

    @Test
    void adminsSearchByUserCoupleActionAndPeriodAndSeeWhoViewedACouple() {
        PracticeFixture practice = new PracticeFixture(jpa);
        Couple couple = practice.coupleOf(practice.first, practice.label("Searched"), "Ada", "Ben");
        Actor ada = practice.portalLoginFor(couple, 1, "ada");
        jpa.inTransaction(() -> {
            practice.audit.record(practice.first, AuditAction.VIEW, AuditRecord.COUPLE, couple.getId(), couple.getId(), null);
            practice.audit.record(practice.first, AuditAction.VIEW, AuditRecord.COUPLE, couple.getId(), couple.getId(), null);
            practice.audit.record(ada, AuditAction.VIEW, AuditRecord.CHECK_IN, null, couple.getId(), null);
            practice.audit.record(practice.second, AuditAction.VIEW, AuditRecord.COUPLE, 1L, 1L, "another couple");
            return null;
        });

        List<AuditEntry> views = jpa.inTransaction(() -> practice.audit.search(practice.admin,
                new AuditQuery(null, couple.getId(), AuditAction.VIEW, PracticeFixture.TODAY, PracticeFixture.TODAY)));
        assertEquals(3, views.size());
        assertTrue(views.get(0).getPosition() > views.get(2).getPosition(), "newest first");
        assertEquals(3, jpa.inTransaction(() -> practice.audit.search(practice.admin,
                new AuditQuery(practice.first.loginName().toUpperCase(), couple.getId(), null, null, null))).size(),
                "the couple's creation and two views; login names match whatever their case");
        assertTrue(jpa.inTransaction(() -> practice.audit.search(practice.admin,
                new AuditQuery(null, couple.getId(), null, PracticeFixture.TODAY.plusDays(1), null))).isEmpty());

        List<Viewer> viewers = jpa.inTransaction(() -> practice.audit.viewersOf(practice.admin, couple.getId()));
        assertEquals(2, viewers.size());
        Viewer robin = viewers.stream().filter(v -> v.getLoginName().equals(practice.first.loginName())).findFirst().orElseThrow();
        assertEquals(2, robin.getViews());
        assertEquals("THERAPIST", robin.getRole());

        assertThrows(RecordNotFoundException.class, () -> jpa.inTransaction(() ->
                practice.audit.search(practice.first, new AuditQuery(null, null, null, null, null))), "admins only");
        assertThrows(RecordNotFoundException.class, () -> jpa.inTransaction(() ->
                practice.audit.page(practice.first, new AuditQuery(null, null, null, null, null), 0, 10)), "admins only");
        assertThrows(RecordNotFoundException.class, () -> jpa.inTransaction(() ->
                practice.audit.count(practice.first, new AuditQuery(null, null, null, null, null))), "admins only");
        assertThrows(RecordNotFoundException.class, () -> jpa.inTransaction(() -> practice.audit.verify(ada)));
    }

    @Test
    void theAuditPageReadsTheSearchAPageAtATimeNewestFirst() {
        PracticeFixture practice = new PracticeFixture(jpa);
        Couple couple = practice.coupleOf(practice.first, practice.label("Paged"), "Ada", "Ben");
        jpa.inTransaction(() -> {
            for (int i = 0; i < 5; i++) {
                practice.audit.record(practice.first, AuditAction.VIEW, AuditRecord.COUPLE, couple.getId(), couple.getId(), "view " + i);
            }
            return null;
        });
        AuditQuery views = new AuditQuery(null, couple.getId(), AuditAction.VIEW, null, null);
        List<AuditEntry> all = jpa.inTransaction(() -> practice.audit.search(practice.admin, views));
        assertEquals(5, all.size());
        assertEquals(5L, jpa.inTransaction(() -> practice.audit.count(practice.admin, views)));
        List<AuditEntry> firstPage = jpa.inTransaction(() -> practice.audit.page(practice.admin, views, 0, 2));
        List<AuditEntry> lastPage = jpa.inTransaction(() -> practice.audit.page(practice.admin, views, 4, 2));
        assertEquals(List.of("view 4", "view 3"), firstPage.stream().map(AuditEntry::getDetail).toList(), "newest first");
        assertEquals(List.of("view 0"), lastPage.stream().map(AuditEntry::getDetail).toList(), "the rest on the last page");
        assertEquals(all.subList(2, 4).stream().map(AuditEntry::getPosition).toList(), jpa.inTransaction(() ->
                practice.audit.page(practice.admin, views, 2, 2)).stream().map(AuditEntry::getPosition).toList(),
                "the pages are the search cut in pieces");
    }
}
