package org.rebuildtrust.checkins;

import org.junit.jupiter.api.Test;
import org.rebuildtrust.couples.Couple;
import org.rebuildtrust.milestones.Milestone;
import org.rebuildtrust.milestones.MilestoneKind;
import org.rebuildtrust.milestones.MilestoneService;
import org.rebuildtrust.security.Actor;
import org.rebuildtrust.sessions.HeldSession;
import org.rebuildtrust.sessions.SessionService;
import org.rebuildtrust.shared.BusinessRuleException;
import org.rebuildtrust.shared.RecordNotFoundException;
import org.rebuildtrust.testsupport.DatabaseContract;
import org.rebuildtrust.testsupport.PracticeFixture;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Check-ins, milestones and held sessions on a real database; runs once per database kind. */
abstract class BetweenSessionsContract extends DatabaseContract {

    private static final LocalDate TODAY = PracticeFixture.TODAY;

    private final class Scene {
        final PracticeFixture practice = new PracticeFixture(jpa);
        final CheckInService checkIns = practice.checkIns;
        final MilestoneService milestones = practice.milestones;
        final SessionService sessions = practice.sessions;
        final Couple couple = practice.coupleStartedOn(TODAY.minusDays(30), practice.first, practice.label("Between"), "Ada", "Ben");
        final Actor ada = practice.portalLoginFor(couple, 1, "ada");
        final Actor ben = practice.portalLoginFor(couple, 2, "ben");
    }

    private static CheckIn.Ratings ratings(int trust, int safety, int connection, int communication, String note) {
        return new CheckIn.Ratings(trust, safety, connection, communication, note);
    }

    @Test
    void aSecondCheckInInTheSameWeekRevisesTheFirstAndSaysSo() {
        Scene scene = new Scene();
        CheckInService.Saved first = jpa.inTransaction(() -> scene.checkIns.checkIn(scene.ada, ratings(4, 5, 6, 7, "Hard week")));
        assertFalse(first.revisedThisWeeks());
        CheckInService.Saved second = jpa.inTransaction(() -> scene.checkIns.checkIn(scene.ada, ratings(5, 5, 6, 8, null)));
        assertTrue(second.revisedThisWeeks());

        List<CheckIn> mine = jpa.inTransaction(() -> scene.checkIns.mine(scene.ada));
        assertEquals(1, mine.size());
        assertEquals(5, mine.get(0).getTrust());
        assertEquals(8, mine.get(0).getCommunication());
        assertEquals(CheckIn.weekOf(TODAY), mine.get(0).getWeekStart());
        assertEquals(LocalDate.of(2026, 11, 23), CheckIn.weekOf(TODAY), "weeks start on Monday");
    }

    /**
     * The check-in page shows a partner's recent weeks, not two years of them on every visit: the newest first, as
     * many as asked for, only the partner's own.
     */
    @Test
    void aPartnersRecentCheckInsComeNewestFirstAsManyAsAskedFor() {
        Scene scene = new Scene();
        org.rebuildtrust.shared.MovableClock clock = new org.rebuildtrust.shared.MovableClock(
                PracticeFixture.CLOCK.instant().minus(java.time.Duration.ofDays(7 * 14)), java.time.ZoneOffset.UTC);
        CheckInService weekly = new CheckInService(jpa.em(), scene.practice.couples, scene.practice.audit, clock);
        for (int week = 0; week < 15; week++) {
            int trust = week % 11;
            jpa.inTransaction(() -> weekly.checkIn(scene.ada, ratings(trust, 5, 5, 5, null)));
            jpa.inTransaction(() -> weekly.checkIn(scene.ben, ratings(9, 9, 9, 9, null)));
            clock.advance(java.time.Duration.ofDays(7));
        }
        List<CheckIn> recent = jpa.inTransaction(() -> weekly.mine(scene.ada, 12));
        assertEquals(12, recent.size());
        assertEquals(CheckIn.weekOf(LocalDate.now(clock).minusDays(7)), recent.get(0).getWeekStart(), "the newest week first");
        assertEquals(14 % 11, recent.get(0).getTrust());
        assertTrue(recent.stream().allMatch(c -> c.getPartner().getId().equals(scene.couple.partnerA().getId())), "only hers");
        for (int i = 1; i < recent.size(); i++) {
            assertEquals(recent.get(i - 1).getWeekStart().minusWeeks(1), recent.get(i).getWeekStart(), "week after week");
        }
        assertEquals(15, jpa.inTransaction(() -> weekly.mine(scene.ada, 40)).size(), "all there are");
    }

    @Test
    void ratingsOutOfRangeAreRefusedAndNothingIsWritten() {
        Scene scene = new Scene();
        for (CheckIn.Ratings bad : List.of(ratings(11, 5, 5, 5, null), ratings(5, -1, 5, 5, null),
                new CheckIn.Ratings(5, 5, null, 5, null), ratings(5, 5, 5, 5, "x".repeat(CheckIn.NOTE_LENGTH + 1)))) {
            assertThrows(BusinessRuleException.class, () -> jpa.inTransaction(() -> scene.checkIns.checkIn(scene.ben, bad)));
        }
        assertTrue(jpa.inTransaction(() -> scene.checkIns.mine(scene.ben)).isEmpty());
    }

    @Test
    void checkInsArePrivateToTheirPartnerAndTheTherapist() {
        Scene scene = new Scene();
        jpa.inTransaction(() -> scene.checkIns.checkIn(scene.ada, ratings(3, 3, 3, 3, "Ada's private note")));
        jpa.inTransaction(() -> scene.checkIns.checkIn(scene.ben, ratings(7, 7, 7, 7, null)));

        assertEquals(List.of(7), jpa.inTransaction(() -> scene.checkIns.mine(scene.ben)).stream().map(CheckIn::getTrust).toList());
        List<CheckIn> forTherapist = jpa.inTransaction(() -> scene.checkIns.ofCouple(scene.practice.first, scene.couple.getId()));
        assertEquals(2, forTherapist.size());
        assertThrows(RecordNotFoundException.class, () -> scene.checkIns.ofCouple(scene.practice.second, scene.couple.getId()));
        assertThrows(RecordNotFoundException.class, () -> scene.checkIns.ofCouple(scene.ada, scene.couple.getId()));
    }

    @Test
    void aMilestoneLoggedByOnePartnerIsSeenAndAnsweredByTheOther() {
        Scene scene = new Scene();
        Milestone logged = jpa.inTransaction(() -> scene.milestones.log(scene.ada, MilestoneKind.SHARED_LAUGHTER,
                TODAY.minusDays(1), "We laughed about the burnt pancakes"));
        jpa.inTransaction(() -> scene.milestones.reply(scene.ben, logged.getId(), "Best burnt pancakes ever"));

        List<Milestone> bens = jpa.inTransaction(() -> scene.milestones.timeline(scene.ben));
        assertEquals(1, bens.size());
        assertEquals("We laughed about the burnt pancakes", bens.get(0).getWords());
        assertEquals("Ada", bens.get(0).getPartner().getFullName());
        assertEquals("Best burnt pancakes ever", bens.get(0).getReplies().get(0).getWords());
        assertEquals(1, jpa.inTransaction(() -> scene.milestones.ofCouple(scene.practice.first, scene.couple.getId())).size());
    }

    @Test
    void milestonesCannotBeDatedInTheFutureOrRepliedToFromAnotherCouple() {
        Scene scene = new Scene();
        Scene other = new Scene();
        assertEquals("milestone.date", assertThrows(BusinessRuleException.class, () -> jpa.inTransaction(() ->
                scene.milestones.log(scene.ada, MilestoneKind.DATE_NIGHT, TODAY.plusDays(1), "Tomorrow"))).getMessageKey());
        assertEquals("milestone.words", assertThrows(BusinessRuleException.class, () -> jpa.inTransaction(() ->
                scene.milestones.log(scene.ada, MilestoneKind.DATE_NIGHT, TODAY, "  "))).getMessageKey());
        Milestone theirs = jpa.inTransaction(() -> other.milestones.log(other.ada, MilestoneKind.OTHER, TODAY, "Theirs"));
        assertThrows(RecordNotFoundException.class, () -> jpa.inTransaction(() -> scene.milestones.reply(scene.ada, theirs.getId(), "Hi")));
        assertTrue(jpa.inTransaction(() -> other.milestones.timeline(other.ben)).get(0).getReplies().isEmpty());
    }

    @Test
    void thePreparationNoteIsPrivateToTheCareAndIsKeptWithTheSessionOnceHeld() {
        Scene scene = new Scene();
        jpa.inTransaction(() -> scene.sessions.savePrepNote(scene.practice.first, scene.couple.getId(), "Ask about the weekend", null));
        org.rebuildtrust.sessions.PrepNote open = jpa.inTransaction(() -> scene.sessions.prepNote(scene.practice.first, scene.couple.getId())).orElseThrow();
        jpa.inTransaction(() -> scene.sessions.savePrepNote(scene.practice.first, scene.couple.getId(), "Ask about the weekend and the phone", open.getVersion()));
        assertThrows(org.rebuildtrust.shared.ConcurrentEditException.class, () -> jpa.inTransaction(() ->
                scene.sessions.savePrepNote(scene.practice.first, scene.couple.getId(), "Stale copy", open.getVersion())));
        assertThrows(RecordNotFoundException.class, () -> jpa.inTransaction(() -> scene.sessions.prepNote(scene.practice.second, scene.couple.getId())));
        assertThrows(RecordNotFoundException.class, () -> jpa.inTransaction(() -> scene.sessions.prepNote(scene.ada, scene.couple.getId())));
        // the review's start, read in one statement: no session held yet, the open note as saved last
        SessionService.SinceLastSession before = jpa.inTransaction(() -> scene.sessions.sinceLastSession(scene.practice.first, scene.couple.getId()));
        assertTrue(before.lastHeldOn().isEmpty());
        assertEquals("Ask about the weekend and the phone", before.openNote().orElseThrow().getText());
        assertThrows(RecordNotFoundException.class, () -> jpa.inTransaction(() -> scene.sessions.sinceLastSession(scene.practice.second, scene.couple.getId())));
        assertThrows(RecordNotFoundException.class, () -> jpa.inTransaction(() -> scene.sessions.sinceLastSession(scene.ada, scene.couple.getId())));

        HeldSession held = jpa.inTransaction(() -> scene.sessions.record(scene.practice.first, scene.couple.getId(), TODAY, true, true));
        // one recorded afterwards for the week before: a session of its own, without a note (the note went with today's)
        jpa.inTransaction(() -> scene.sessions.record(scene.practice.first, scene.couple.getId(), TODAY.minusDays(7), true, false));
        assertTrue(jpa.inTransaction(() -> scene.sessions.prepNote(scene.practice.first, scene.couple.getId())).isEmpty(),
                "a new note starts for the next session");
        assertEquals("Ask about the weekend and the phone",
                jpa.inTransaction(() -> scene.sessions.keptNotes(scene.practice.first, scene.couple.getId())).get(held.getId()));
        SessionService.SinceLastSession after = jpa.inTransaction(() -> scene.sessions.sinceLastSession(scene.practice.first, scene.couple.getId()));
        assertEquals(TODAY, after.lastHeldOn().orElseThrow(), "the newest of the two held sessions, whichever was recorded last");
        assertTrue(after.openNote().isEmpty(), "the note went with the session held today");
        // the couple page's list: newest first, each with the note kept with it
        List<SessionService.HeldWithNote> listed = jpa.inTransaction(() -> scene.sessions.ofCoupleWithNotes(scene.practice.first, scene.couple.getId()));
        assertEquals(List.of(TODAY, TODAY.minusDays(7)), listed.stream().map(h -> h.session().getHeldOn()).toList());
        assertEquals("Ask about the weekend and the phone", listed.get(0).keptNote());
        assertNull(listed.get(1).keptNote());
        assertThrows(RecordNotFoundException.class, () -> jpa.inTransaction(() -> scene.sessions.ofCoupleWithNotes(scene.practice.second, scene.couple.getId())));
    }

    @Test
    void heldSessionsAreRecordedByTheTherapistNewestFirstAndNeverInTheFuture() {
        Scene scene = new Scene();
        jpa.inTransaction(() -> scene.sessions.record(scene.practice.first, scene.couple.getId(), TODAY.minusDays(14), true, true));
        jpa.inTransaction(() -> scene.sessions.record(scene.practice.first, scene.couple.getId(), TODAY.minusDays(7), true, false));
        assertEquals("session.dateRange", assertThrows(BusinessRuleException.class, () -> jpa.inTransaction(() ->
                scene.sessions.record(scene.practice.first, scene.couple.getId(), TODAY.plusDays(1), true, true))).getMessageKey());
        assertThrows(RecordNotFoundException.class, () -> jpa.inTransaction(() ->
                scene.sessions.record(scene.practice.second, scene.couple.getId(), TODAY, true, true)));

        HeldSession latest = jpa.inTransaction(() -> scene.sessions.ofCouple(scene.practice.first, scene.couple.getId())).get(0); // newest first
        assertEquals(TODAY.minusDays(7), latest.getHeldOn());
        assertFalse(latest.isPartnerBAttended());
        assertEquals(2, jpa.inTransaction(() -> scene.sessions.ofCouple(scene.practice.first, scene.couple.getId())).size());
    }

    @Test
    void aHeldSessionBeforeTheStartOfTherapyIsRefusedAtItsFieldAndNothingIsRecorded() {
        Scene scene = new Scene();
        LocalDate start = TODAY.minusDays(30);
        BusinessRuleException before = assertThrows(BusinessRuleException.class, () -> jpa.inTransaction(() ->
                scene.sessions.record(scene.practice.first, scene.couple.getId(), start.minusDays(1), true, true)));
        assertEquals("session.dateRange", before.getMessageKey());
        assertEquals("heldOn", before.getField());
        assertEquals("session.dateRange", assertThrows(BusinessRuleException.class, () -> jpa.inTransaction(() ->
                scene.sessions.record(scene.practice.first, scene.couple.getId(), LocalDate.of(1800, 1, 1), true, true)))
                .getMessageKey());
        assertTrue(jpa.inTransaction(() -> scene.sessions.ofCouple(scene.practice.first, scene.couple.getId())).isEmpty());
        jpa.inTransaction(() -> scene.sessions.record(scene.practice.first, scene.couple.getId(), start, true, true));
        assertEquals(1, jpa.inTransaction(() -> scene.sessions.ofCouple(scene.practice.first, scene.couple.getId())).size(),
                "the first day of therapy is a day a session can be held");
    }

    @Test
    void aSecondSessionOnTheSameDayIsRecordedOnlyOnceTheTherapistConfirmsIt() {
        Scene scene = new Scene();
        jpa.inTransaction(() -> scene.sessions.record(scene.practice.first, scene.couple.getId(), TODAY, true, true));
        org.rebuildtrust.shared.DuplicateSuspectedException warning = assertThrows(
                org.rebuildtrust.shared.DuplicateSuspectedException.class, () -> jpa.inTransaction(() ->
                        scene.sessions.record(scene.practice.first, scene.couple.getId(), TODAY, true, false)));
        assertEquals("session.sameDay", warning.getMessageKey());
        assertEquals("heldOn", warning.getField());
        assertEquals(1, jpa.inTransaction(() -> scene.sessions.ofCouple(scene.practice.first, scene.couple.getId())).size(),
                "the warning saved nothing");

        jpa.inTransaction(() -> scene.sessions.record(scene.practice.first, scene.couple.getId(), TODAY, true, false, true));
        jpa.inTransaction(() -> scene.sessions.record(scene.practice.first, scene.couple.getId(), TODAY.minusDays(1), true, true));
        assertEquals(3, jpa.inTransaction(() -> scene.sessions.ofCouple(scene.practice.first, scene.couple.getId())).size(),
                "confirmed, and another day needs no confirmation");
    }
}
