package org.rebuildtrust.couples;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rebuildtrust.database.DatabaseMigrator;
import org.rebuildtrust.security.Actor;
import org.rebuildtrust.shared.BusinessRuleException;
import org.rebuildtrust.shared.ConcurrentEditException;
import org.rebuildtrust.shared.RecordNotFoundException;
import org.rebuildtrust.shared.RequestMemo;
import org.rebuildtrust.testsupport.JpaTestContext;
import org.rebuildtrust.testsupport.PracticeFixture;
import org.rebuildtrust.testsupport.StatementCounter;
import org.rebuildtrust.testsupport.TestDatabase;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Couples, the caseload and the access rules on a real database, through the Flyway schema and the production
 * persistence unit. Runs once per database kind (see the subclasses).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CoupleServiceContract {

    private StatementCounter counter;
    private JpaTestContext jpa;

    abstract TestDatabase database();

    @BeforeAll
    void startDatabase() {
        counter = new StatementCounter(database().migratedDatabase());
        jpa = JpaTestContext.on(counter.dataSource());
    }

    @AfterAll
    void closeDatabase() {
        jpa.close();
    }

    private PracticeFixture practice() {
        return new PracticeFixture(jpa);
    }

    private List<CaseloadRow> caseload(PracticeFixture practice, Actor actor, String search) {
        return practice.couples.caseloadPage(actor, new CaseloadQuery(0, 50, CaseloadQuery.SortKey.LABEL, false, null, search));
    }

    @Test
    void migrationsAreAppliedOnceAndFindNothingToDoTheSecondTime() {
        assertEquals(0, DatabaseMigrator.applyMigrations(counter.dataSource()));
    }

    @Test
    void aNewCoupleIsStoredWithBothPartnersAndAppearsInItsTherapistsCaseload() {
        PracticeFixture practice = practice();
        Couple created = practice.coupleOf(practice.first, practice.label("Stored"), "Ana Stored", "Ben Stored");

        Couple loaded = jpa.inTransaction(() -> practice.couples.find(practice.first, created.getId()));
        assertEquals(practice.label("Stored"), loaded.getLabel());
        assertEquals("Ana Stored", loaded.partnerA().getFullName());
        assertEquals("Ben Stored", loaded.partnerB().getFullName());
        assertEquals(practice.firstTherapist.getId(), loaded.getTherapist().getId());
        assertEquals(practice.practice.getId(), loaded.getPractice().getId());

        List<CaseloadRow> rows = caseload(practice, practice.first, null);
        assertEquals(1, rows.size());
        CaseloadRow row = rows.get(0);
        assertEquals("Ana Stored", row.getPartnerAName());
        assertEquals("Ben Stored", row.getPartnerBName());
        assertEquals(CoupleStatus.ACTIVE, row.getStatus());
    }

    @Test
    void anotherTherapistNeitherSeesNorChangesTheCouple() {
        PracticeFixture practice = practice();
        Couple mine = practice.coupleOf(practice.first, practice.label("Mine"), "A", "B");

        assertThrows(RecordNotFoundException.class, () -> jpa.inTransaction(() -> practice.couples.find(practice.second, mine.getId())));
        Couple tampered = jpa.inTransaction(() -> practice.couples.find(practice.first, mine.getId()));
        tampered.setLabel("Taken over");
        assertThrows(RecordNotFoundException.class, () -> jpa.inTransaction(() -> practice.couples.update(practice.second, tampered)));
        assertTrue(caseload(practice, practice.second, null).isEmpty());

        Couple unchanged = jpa.inTransaction(() -> practice.couples.find(practice.first, mine.getId()));
        assertEquals(practice.label("Mine"), unchanged.getLabel());
    }

    /**
     * Issue 16: a page's services each checked the couple's access in a transaction of their own. Within one request
     * (a {@link org.rebuildtrust.shared.RequestMemo} of its own here) a couple checked once is not read again by the
     * next transactions; a refusal is never remembered, and another person is checked for themselves.
     */
    @Test
    void aCoupleCheckedOnceInARequestIsNotReadAgainButARefusalIsNeverRemembered() {
        PracticeFixture practice = practice();
        Couple mine = practice.coupleOf(practice.first, practice.label("Checked"), "A", "B");
        practice.couples.thisRequest = new org.rebuildtrust.shared.RequestMemo();
        try {
            counter.reset();
            jpa.inTransaction(() -> practice.couples.requireInCare(practice.first, mine.getId()));
            int first = counter.count();
            assertTrue(first >= 1, "the first check reads the couple");
            counter.reset();
            jpa.inTransaction(() -> practice.couples.requireInCare(practice.first, mine.getId()));
            jpa.inTransaction(() -> practice.couples.requireInCare(practice.first, mine.getId()));
            assertEquals(0, counter.count(), "checked already in this request");

            for (int i = 0; i < 2; i++) {
                assertThrows(RecordNotFoundException.class, () -> jpa.inTransaction(() ->
                        practice.couples.requireInCare(practice.second, mine.getId())), "another therapist, every time");
            }
            assertThrows(RecordNotFoundException.class, () -> jpa.inTransaction(() ->
                    practice.couples.requireInCare(practice.first, -1L)));
            jpa.inTransaction(() -> practice.couples.requireInCare(practice.admin, mine.getId())); // the admin's own check
        } finally {
            practice.couples.thisRequest = null;
        }
        Actor partner = practice.portalLoginFor(mine, 1, "a-checked");
        assertThrows(RecordNotFoundException.class, () -> jpa.inTransaction(() ->
                practice.couples.requireInCare(partner, mine.getId())),
                "never a partner, whose portal reads their own couple otherwise");
    }

    @Test
    void anAdminSeesEveryCoupleOfThePracticeButNoOtherPractices() {
        PracticeFixture practice = practice();
        PracticeFixture otherPractice = practice();
        practice.coupleOf(practice.first, practice.label("One"), "A", "B");
        practice.coupleOf(practice.second, practice.label("Two"), "C", "D");
        Couple foreign = otherPractice.coupleOf(otherPractice.first, otherPractice.label("Foreign"), "E", "F");

        List<CaseloadRow> rows = caseload(practice, practice.admin, null);
        assertEquals(List.of(practice.label("One"), practice.label("Two")), rows.stream().map(CaseloadRow::getLabel).toList());
        assertThrows(RecordNotFoundException.class, () -> jpa.inTransaction(() -> practice.couples.find(practice.admin, foreign.getId())));
        // the count beside the page (it reads the practice's couples without joining their therapists)
        assertEquals(2, jpa.inTransaction(() -> practice.couples.caseloadSize(practice.admin, CaseloadQuery.firstPage(20))));
        assertEquals(1, jpa.inTransaction(() -> practice.couples.caseloadSize(practice.first, CaseloadQuery.firstPage(20))));
        assertEquals(1, jpa.inTransaction(() -> otherPractice.couples.caseloadSize(otherPractice.admin, CaseloadQuery.firstPage(20))));
    }

    @Test
    void anAdminMustNameAnActiveTherapistOfTheirOwnPractice() {
        PracticeFixture practice = practice();
        PracticeFixture otherPractice = practice();
        Couple draft = Couple.draft(PracticeFixture.TODAY);
        draft.setLabel(practice.label("Assigned"));
        draft.partnerA().setFullName("A");
        draft.partnerA().setEmail("a@example.test");
        draft.partnerB().setFullName("B");
        draft.partnerB().setEmail("b@example.test");

        assertThrows(RecordNotFoundException.class,
                () -> jpa.inTransaction(() -> practice.couples.create(practice.admin, draft, otherPractice.firstTherapist.getId())));
        assertThrows(RecordNotFoundException.class,
                () -> jpa.inTransaction(() -> practice.couples.create(practice.admin, draft, null)));

        Couple created = jpa.inTransaction(() -> practice.couples.create(practice.admin, draft, practice.secondTherapist.getId()));
        assertEquals(1, caseload(practice, practice.second, null).size());
        assertEquals(practice.secondTherapist.getId(), created.getTherapist().getId());
    }

    @Test
    void aClientSeesOnlyTheirOwnCoupleAndNoCaseload() {
        PracticeFixture practice = practice();
        Couple theirs = practice.coupleOf(practice.first, practice.label("Theirs"), "Cleo", "Dev");
        Couple others = practice.coupleOf(practice.first, practice.label("Others"), "Eli", "Fay");
        Actor cleo = practice.portalLoginFor(theirs, 1, "cleo");

        Partner me = jpa.inTransaction(() -> practice.couples.findOwnPartner(cleo));
        assertEquals("Cleo", me.getFullName());
        // their access is their own record, read with what the portal shows of the couple (on the server in one
        // statement, which bench/run.sh counts: here, without EclipseLink's weaving, every relation is read at once)
        List<String> shown = jpa.inTransaction(() -> {
            Couple couple = practice.couples.find(cleo, theirs.getId());
            return List.of(couple.getId() + " " + couple.getTherapist().getDisplayName() + " " + couple.getPractice().getName(),
                    couple.getPartnerA().getFullName() + " " + couple.getPartnerA().hasPortalAccount(),
                    couple.getPartnerB().getFullName() + " " + couple.getPartnerB().hasPortalAccount());
        });
        Couple asStaff = jpa.inTransaction(() -> practice.couples.find(practice.admin, theirs.getId()));
        assertEquals(List.of(theirs.getId() + " " + asStaff.getTherapist().getDisplayName() + " "
                + asStaff.getPractice().getName(), "Cleo true", "Dev false"), shown);
        assertThrows(RecordNotFoundException.class, () -> jpa.inTransaction(() -> practice.couples.find(cleo, others.getId())));
        assertThrows(RecordNotFoundException.class, () -> jpa.inTransaction(() -> practice.couples.find(cleo, -1L)));
        assertTrue(practice.couples.caseloadPage(cleo, CaseloadQuery.firstPage(20)).isEmpty());
        assertEquals(0, practice.couples.caseloadSize(cleo, CaseloadQuery.firstPage(20)));
    }

    @Test
    void partnersSharingAnEmailAddressEachHaveTheirOwnLogin() {
        PracticeFixture practice = practice();
        Couple couple = practice.coupleOf(practice.first, practice.label("Shared email"), "Gus", "Hal");
        Actor gus = practice.portalLoginFor(couple, 1, "gus");
        Actor hal = practice.portalLoginFor(couple, 2, "hal");

        assertEquals("Gus", jpa.inTransaction(() -> practice.couples.findOwnPartner(gus)).getFullName());
        assertEquals("Hal", jpa.inTransaction(() -> practice.couples.findOwnPartner(hal)).getFullName());
        // what portal reads of their own rows go by: each their own partner record, the same couple
        assertEquals(new CoupleService.OwnSeat(couple.partnerA().getId(), couple.getId()),
                jpa.inTransaction(() -> practice.couples.ownSeat(gus)));
        assertEquals(new CoupleService.OwnSeat(couple.partnerB().getId(), couple.getId()),
                jpa.inTransaction(() -> practice.couples.ownSeat(hal)));
        assertThrows(RecordNotFoundException.class, () -> jpa.inTransaction(() -> practice.couples.ownSeat(practice.first)),
                "a therapist has no seat in any couple");

        // remembered for a request (on the server, one per request): each partner's seat apart from the other's
        practice.couples.thisRequest = new RequestMemo();
        assertEquals(couple.partnerA().getId(), jpa.inTransaction(() -> practice.couples.ownSeat(gus)).partnerId());
        assertEquals(couple.partnerB().getId(), jpa.inTransaction(() -> practice.couples.ownSeat(hal)).partnerId());
        assertEquals(couple.partnerA().getId(), jpa.inTransaction(() -> practice.couples.ownSeat(gus)).partnerId());
        assertThrows(RecordNotFoundException.class, () -> jpa.inTransaction(() -> practice.couples.ownSeat(practice.first)),
                "nor with a memo: a refusal is not remembered");
    }

    @Test
    void onlyTheCouplesTherapistOrAnAdminGivesAPartnerOnePortalLogin() {
        PracticeFixture practice = practice();
        Couple couple = practice.coupleOf(practice.first, practice.label("Logins"), "Ivy", "Jon");
        long ivy = couple.partnerA().getId();
        String login = "ivy-" + practice.label("x").replace(" ", "");

        assertThrows(RecordNotFoundException.class, () -> jpa.inTransaction(
                () -> practice.couples.givePortalLogin(practice.second, couple.getId(), ivy, login, "a long password")));
        assertEquals("account.passwordLength", assertThrows(org.rebuildtrust.shared.BusinessRuleException.class, () -> jpa.inTransaction(
                () -> practice.couples.givePortalLogin(practice.first, couple.getId(), ivy, login, "short"))).getMessageKey());

        Partner given = jpa.inTransaction(() -> practice.couples.givePortalLogin(practice.first, couple.getId(), ivy, login, "a long password"));
        assertEquals(org.rebuildtrust.security.Role.CLIENT, given.getAccount().getRole());
        assertEquals("couple.partnerHasLogin", assertThrows(org.rebuildtrust.shared.BusinessRuleException.class, () -> jpa.inTransaction(
                () -> practice.couples.givePortalLogin(practice.first, couple.getId(), ivy, login + "2", "a long password"))).getMessageKey());
        assertEquals("account.loginNameTaken", assertThrows(org.rebuildtrust.shared.BusinessRuleException.class, () -> jpa.inTransaction(
                () -> practice.couples.givePortalLogin(practice.first, couple.getId(), couple.partnerB().getId(), login.toUpperCase(), "a long password"))).getMessageKey());
    }

    @Test
    void searchMatchesCoupleAndPartnerNamesWithoutCaseAndTreatsWildcardsAsText() {
        PracticeFixture practice = practice();
        practice.coupleOf(practice.first, practice.label("Rivera"), "Alex Morgan", "Jordan Quill");
        practice.coupleOf(practice.first, practice.label("100% Ok_ay"), "O'Brien", "Zed");

        assertEquals(1, caseload(practice, practice.first, "rivera").size());
        assertEquals(1, caseload(practice, practice.first, "QUILL").size());
        assertEquals(1, caseload(practice, practice.first, "o'brien").size());
        assertEquals(1, caseload(practice, practice.first, "100%").size());
        assertEquals(1, caseload(practice, practice.first, "k_a").size());
        assertEquals(1, caseload(practice, practice.first, "%").size());
        assertEquals(0, caseload(practice, practice.first, "1%O").size());
        assertEquals(0, caseload(practice, practice.first, "' OR '1'='1").size());
        assertEquals(0, caseload(practice, practice.first, "x' OR c.label LIKE '%").size());
    }

    @Test
    void statusFilterSortingAndPagingHappenInTheQuery() {
        PracticeFixture practice = practice();
        for (String name : List.of("Delta", "Alpha", "Charlie", "Bravo")) {
            practice.coupleOf(practice.first, practice.label(name), "A", "B");
        }
        Couple paused = practice.coupleOf(practice.first, practice.label("Echo"), "A", "B");
        jpa.inTransaction(() -> {
            Couple edited = practice.couples.find(practice.first, paused.getId());
            edited.setStatus(CoupleStatus.PAUSED);
            practice.couples.update(practice.first, edited);
        });

        CaseloadQuery pausedOnly = new CaseloadQuery(0, 10, null, true, CoupleStatus.PAUSED, null);
        assertEquals(List.of(practice.label("Echo")),
                practice.couples.caseloadPage(practice.first, pausedOnly).stream().map(CaseloadRow::getLabel).toList());
        assertEquals(1, practice.couples.caseloadSize(practice.first, pausedOnly));

        CaseloadQuery secondPageByLabel = new CaseloadQuery(2, 2, CaseloadQuery.SortKey.LABEL, false, null, null);
        assertEquals(List.of(practice.label("Charlie"), practice.label("Delta")),
                practice.couples.caseloadPage(practice.first, secondPageByLabel).stream().map(CaseloadRow::getLabel).toList());
        assertEquals(5, practice.couples.caseloadSize(practice.first, secondPageByLabel));

        CaseloadQuery descending = new CaseloadQuery(0, 1, CaseloadQuery.SortKey.LABEL, true, null, null);
        assertEquals(practice.label("Echo"), practice.couples.caseloadPage(practice.first, descending).get(0).getLabel());
    }

    @Test
    void aPageOfTheCaseloadCostsTwoStatementsFor5Or5000Couples() throws SQLException {
        PracticeFixture small = practice();
        for (int i = 0; i < 5; i++) {
            small.coupleOf(small.first, small.label("Small " + i), "A", "B");
        }
        PracticeFixture large = practice();
        insertCouples(counter.dataSource(), large, 5000);

        int smallCost = statementsForOnePage(small, CaseloadQuery.SortKey.LAST_ACTIVITY);
        int largeCost = statementsForOnePage(large, CaseloadQuery.SortKey.LAST_ACTIVITY);

        assertEquals(2, smallCost, "a count and a page");
        assertEquals(smallCost, largeCost);
        assertEquals(2, statementsForOnePage(small, CaseloadQuery.SortKey.NEXT_APPOINTMENT), "the next appointment too");
        assertEquals(2, statementsForOnePage(large, CaseloadQuery.SortKey.NEXT_APPOINTMENT));
        assertEquals(5000, large.couples.caseloadSize(large.first, CaseloadQuery.firstPage(20)));
    }

    private int statementsForOnePage(PracticeFixture practice, CaseloadQuery.SortKey sort) {
        CaseloadQuery query = new CaseloadQuery(0, 20, sort, true, null, "a");
        counter.reset();
        practice.couples.caseloadSize(practice.first, query);
        List<CaseloadRow> page = practice.couples.caseloadPage(practice.first, query);
        int cost = counter.count();
        assertTrue(page.size() > 0);
        page.forEach(row -> assertTrue(row.getPartnerAName() != null && row.getPartnerBName() != null));
        return cost;
    }

    @Test
    void aSecondWriterWithAStaleCopyIsRefusedAndTheFirstWriterKeepsTheirChange() {
        PracticeFixture practice = practice();
        Couple couple = practice.coupleOf(practice.first, practice.label("Race"), "A", "B");
        Couple firstCopy = jpa.inTransaction(() -> practice.couples.find(practice.first, couple.getId()));
        Couple secondCopy = jpa.inTransaction(() -> practice.couples.find(practice.admin, couple.getId()));

        firstCopy.setSummary("First writer");
        jpa.inTransaction(() -> practice.couples.update(practice.first, firstCopy));
        secondCopy.setSummary("Second writer");
        assertThrows(ConcurrentEditException.class, () -> jpa.inTransaction(() -> practice.couples.update(practice.admin, secondCopy)));

        assertEquals("First writer", jpa.inTransaction(() -> practice.couples.find(practice.first, couple.getId())).getSummary());
    }

    @Test
    void aStalePartnerCopyIsRefusedToo() {
        PracticeFixture practice = practice();
        Couple couple = practice.coupleOf(practice.first, practice.label("Partner race"), "A", "B");
        Couple firstCopy = jpa.inTransaction(() -> practice.couples.find(practice.first, couple.getId()));
        Couple secondCopy = jpa.inTransaction(() -> practice.couples.find(practice.first, couple.getId()));

        firstCopy.partnerA().setFullName("A renamed");
        jpa.inTransaction(() -> practice.couples.update(practice.first, firstCopy));
        secondCopy.partnerA().setFullName("A renamed again");
        assertThrows(ConcurrentEditException.class, () -> jpa.inTransaction(() -> practice.couples.update(practice.first, secondCopy)));
        assertEquals("A renamed", jpa.inTransaction(() -> practice.couples.find(practice.first, couple.getId())).partnerA().getFullName());
    }

    /** Bulk rows straight through JDBC: building 5,000 couples through the service would only slow the test. */
    private static void insertCouples(DataSource dataSource, PracticeFixture practice, int count) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        long baseId = 50_000_000L + Math.abs(practice.practice.getId()) * 100_000L;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement couple = connection.prepareStatement("INSERT INTO couple (id, version, created_at, updated_at,"
                     + " practice_id, therapist_id, label, status, infidelity_kind, start_date, last_activity_at)"
                     + " VALUES (?, 0, ?, ?, ?, ?, ?, 'ACTIVE', 'NOT_DISCLOSED', ?, ?)");
             PreparedStatement partner = connection.prepareStatement("INSERT INTO partner (id, version, created_at, updated_at,"
                     + " couple_id, seat, full_name, email, recovery_role) VALUES (?, 0, ?, ?, ?, ?, ?, 'x@example.test', 'NOT_SET')")) {
            connection.setAutoCommit(false);
            for (int i = 0; i < count; i++) {
                long coupleId = baseId + i * 3L;
                couple.setLong(1, coupleId);
                couple.setTimestamp(2, now);
                couple.setTimestamp(3, now);
                couple.setLong(4, practice.practice.getId());
                couple.setLong(5, practice.firstTherapist.getId());
                couple.setString(6, "Bulk couple " + i);
                couple.setObject(7, PracticeFixture.TODAY);
                couple.setTimestamp(8, new Timestamp(now.getTime() - i * 1000L));
                couple.addBatch();
                for (int seat = 1; seat <= 2; seat++) {
                    partner.setLong(1, coupleId + seat);
                    partner.setTimestamp(2, now);
                    partner.setTimestamp(3, now);
                    partner.setLong(4, coupleId);
                    partner.setInt(5, seat);
                    partner.setString(6, (seat == 1 ? "Alex " : "Sam ") + i);
                    partner.addBatch();
                }
                if (i % 500 == 499) {
                    couple.executeBatch();
                    partner.executeBatch();
                }
            }
            couple.executeBatch();
            partner.executeBatch();
            connection.commit();
        }
    }

    @Test
    void absurdDiscoveryAndStartDatesAreRefusedAtTheirFieldAndNothingIsStored() {
        PracticeFixture practice = practice();
        Couple created = practice.coupleOf(practice.first, practice.label("Dates"), "Ana Dates", "Ben Dates");
        LocalDate today = PracticeFixture.TODAY;

        Couple ancient = jpa.inTransaction(() -> practice.couples.find(practice.first, created.getId()));
        ancient.setDiscoveryDate(LocalDate.of(1800, 1, 1));
        BusinessRuleException discovery = assertThrows(BusinessRuleException.class,
                () -> jpa.inTransaction(() -> practice.couples.update(practice.first, ancient)));
        assertEquals("couple.discoveryDateRange", discovery.getMessageKey());
        assertEquals("discoveryDate", discovery.getField());

        Couple farFuture = jpa.inTransaction(() -> practice.couples.find(practice.first, created.getId()));
        farFuture.setStartDate(LocalDate.of(9999, 12, 31));
        BusinessRuleException start = assertThrows(BusinessRuleException.class,
                () -> jpa.inTransaction(() -> practice.couples.update(practice.first, farFuture)));
        assertEquals("couple.startDateRange", start.getMessageKey());
        assertEquals("startDate", start.getField());

        Couple stored = jpa.inTransaction(() -> practice.couples.find(practice.first, created.getId()));
        assertEquals(today.minusMonths(2), stored.getDiscoveryDate());
        assertEquals(today.minusDays(7), stored.getStartDate());

        Couple draft = Couple.draft(today.plusYears(1).plusDays(1));
        draft.setLabel(practice.label("Too early"));
        draft.setStatus(CoupleStatus.INTAKE);
        draft.partnerA().setFullName("Ana Early");
        draft.partnerB().setFullName("Ben Early");
        draft.partnerA().setEmail("a@example.test");
        draft.partnerB().setEmail("b@example.test");
        assertEquals("couple.startDateRange", assertThrows(BusinessRuleException.class,
                () -> jpa.inTransaction(() -> practice.couples.create(practice.first, draft, null))).getMessageKey());
        assertTrue(caseload(practice, practice.first, "Early").isEmpty());

        Couple edges = jpa.inTransaction(() -> practice.couples.find(practice.first, created.getId()));
        edges.setDiscoveryDate(LocalDate.of(1950, 1, 1));
        edges.setStartDate(today.plusYears(1));
        Couple saved = jpa.inTransaction(() -> practice.couples.update(practice.first, edges));
        assertEquals(LocalDate.of(1950, 1, 1), saved.getDiscoveryDate(), "the first day of the range is accepted");
        assertEquals(today.plusYears(1), saved.getStartDate(), "and so is its last");
    }
}
