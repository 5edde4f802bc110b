package org.rebuildtrust.notes;

import org.junit.jupiter.api.Test;
import org.rebuildtrust.appointments.Appointment;
import org.rebuildtrust.appointments.AppointmentKind;
import org.rebuildtrust.appointments.AppointmentRequest;
import org.rebuildtrust.couples.Couple;
import org.rebuildtrust.security.Actor;
import org.rebuildtrust.shared.BusinessRuleException;
import org.rebuildtrust.shared.RecordNotFoundException;
import org.rebuildtrust.testsupport.DatabaseContract;
import org.rebuildtrust.testsupport.PracticeFixture;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Progress notes signed and locked, addenda, psychotherapy notes only their writer reads, on a real database. */
abstract class NoteContract extends DatabaseContract {

    private final class Scene {
        final PracticeFixture practice = new PracticeFixture(jpa);
        final NoteService notes = new NoteService(jpa.em(), practice.couples, practice.audit, PracticeFixture.CLOCK);
        final Couple couple = practice.coupleOf(practice.first, practice.label("Notes"), "Ada", "Ben");
        final Actor ada = practice.portalLoginFor(couple, 1, "ada");
        final Appointment held = held(null);

        Appointment held(Long individualPartner) {
            AppointmentRequest request = new AppointmentRequest();
            request.setDay(LocalDate.of(2026, 11, 26));
            request.setStart(LocalTime.of(individualPartner == null ? 9 : 11, 0));
            request.setEnd(LocalTime.of(individualPartner == null ? 9 : 11, 50));
            if (individualPartner != null) {
                request.setKind(AppointmentKind.INDIVIDUAL);
                request.setPartnerId(individualPartner);
            }
            Appointment booked = jpa.inTransaction(() -> practice.appointments.schedule(practice.first, couple.getId(), request, true)).get(0);
            return jpa.inTransaction(() -> practice.appointments.markHeld(practice.first, booked.getId(), true, true));
        }
    }

    @Test
    void aSignedNoteIsLockedAndCorrectedOnlyByDatedAddenda() {
        Scene scene = new Scene();
        long id = scene.held.getId();
        SessionNote draft = jpa.inTransaction(() -> scene.notes.saveDraft(scene.practice.first, id, "Both came; Ada spoke of the trip ✈️",
                null, null, null));
        jpa.inTransaction(() -> scene.notes.saveDraft(scene.practice.first, id, "Both came; Ada spoke of the trip ✈️",
                "Trust rising slowly", "Weekly sessions", draft.getVersion()));
        assertThrows(org.rebuildtrust.shared.ConcurrentEditException.class, () -> jpa.inTransaction(() ->
                scene.notes.saveDraft(scene.practice.first, id, "stale", null, null, draft.getVersion())));
        assertEquals("note.addendumBeforeSigning", assertThrows(BusinessRuleException.class, () -> jpa.inTransaction(() ->
                scene.notes.addAddendum(scene.practice.first, id, "Too early"))).getMessageKey());

        jpa.inTransaction(() -> scene.notes.sign(scene.practice.first, id, null));
        assertEquals("note.signedLocked", assertThrows(BusinessRuleException.class, () -> jpa.inTransaction(() ->
                scene.notes.saveDraft(scene.practice.first, id, "Changed afterwards", null, null, null))).getMessageKey());
        assertEquals("note.signedLocked", assertThrows(BusinessRuleException.class, () -> jpa.inTransaction(() ->
                scene.notes.sign(scene.practice.first, id, null))).getMessageKey());
        assertEquals("note.addendumEmpty", assertThrows(BusinessRuleException.class, () -> jpa.inTransaction(() ->
                scene.notes.addAddendum(scene.practice.first, id, " "))).getMessageKey());
        jpa.inTransaction(() -> scene.notes.addAddendum(scene.practice.first, id, "Correction: Ben spoke of the trip."));

        SessionNote read = jpa.inTransaction(() -> scene.notes.progressNote(scene.practice.first, id)).orElseThrow();
        assertTrue(read.isSigned());
        assertEquals("Both came; Ada spoke of the trip ✈️", read.getData(), "the signed text as written");
        assertEquals(List.of("Correction: Ben spoke of the trip."), read.getAddenda().stream().map(NoteAddendum::getText).toList());
        assertTrue(jpa.inTransaction(() -> scene.notes.progressNote(scene.practice.admin, id)).isPresent(), "the admin reads it");
    }

    @Test
    void onlyTheCouplesTherapistWritesOnlyTheWriterSignsAndAPsychotherapyNoteIsItsWritersAlone() {
        Scene scene = new Scene();
        long id = scene.held.getId();
        assertThrows(RecordNotFoundException.class, () -> jpa.inTransaction(() ->
                scene.notes.saveDraft(scene.practice.second, id, "Not my couple", null, null, null)));
        assertThrows(RecordNotFoundException.class, () -> jpa.inTransaction(() ->
                scene.notes.saveDraft(scene.practice.admin, id, "The admin writes no notes", null, null, null)));
        assertThrows(RecordNotFoundException.class, () -> jpa.inTransaction(() -> scene.notes.progressNote(scene.ada, id)),
                "never a partner");
        assertThrows(RecordNotFoundException.class, () -> jpa.inTransaction(() -> scene.notes.progressNote(scene.practice.second, id)));

        jpa.inTransaction(() -> scene.notes.savePsychotherapyNote(scene.practice.first, id, "My own hunch about Ben", null));
        assertEquals("My own hunch about Ben", jpa.inTransaction(() ->
                scene.notes.myPsychotherapyNote(scene.practice.first, id)).orElseThrow().getText());
        assertThrows(RecordNotFoundException.class, () -> jpa.inTransaction(() ->
                scene.notes.myPsychotherapyNote(scene.practice.admin, id)), "never the admin");

        // the couple moves to the second therapist: they write the next note, but cannot sign the first one's draft
        jpa.inTransaction(() -> scene.notes.saveDraft(scene.practice.first, id, "A draft of mine", null, null, null));
        jpa.inTransaction(() -> jpa.em().createNativeQuery("UPDATE couple SET therapist_id = ?1 WHERE id = ?2")
                .setParameter(1, scene.practice.secondTherapist.getId()).setParameter(2, scene.couple.getId()).executeUpdate());
        assertEquals("note.notYours", assertThrows(BusinessRuleException.class, () -> jpa.inTransaction(() ->
                scene.notes.sign(scene.practice.second, id, null))).getMessageKey());
        assertTrue(jpa.inTransaction(() -> scene.notes.myPsychotherapyNote(scene.practice.second, id)).isEmpty(),
                "the first therapist's psychotherapy note stays theirs alone");
        assertEquals("note.notHeld", assertThrows(BusinessRuleException.class, () -> {
            AppointmentRequest coming = new AppointmentRequest();
            coming.setDay(LocalDate.of(2026, 12, 3));
            coming.setStart(LocalTime.NOON);
            coming.setEnd(LocalTime.of(12, 50));
            long comingId = jpa.inTransaction(() -> scene.practice.appointments.schedule(scene.practice.second,
                    scene.couple.getId(), coming, true)).get(0).getId();
            jpa.inTransaction(() -> scene.notes.saveDraft(scene.practice.second, comingId, "Before it happened", null, null, null));
        }).getMessageKey());
    }

    @Test
    void unsignedNotesOlderThanThreeDaysAreListedForTheirWriter() {
        Scene scene = new Scene();
        jpa.inTransaction(() -> scene.notes.saveDraft(scene.practice.first, scene.held.getId(), "Draft", null, null, null));
        Appointment signedOne = scene.held(scene.couple.partnerA().getId());
        jpa.inTransaction(() -> scene.notes.saveDraft(scene.practice.first, signedOne.getId(), "Signed", null, null, null));
        jpa.inTransaction(() -> scene.notes.sign(scene.practice.first, signedOne.getId(), null));
        // notes are dated by the database's clock of their creation: look four days later
        NoteService later = new NoteService(jpa.em(), scene.practice.couples, scene.practice.audit,
                Clock.fixed(Instant.now().plus(Duration.ofDays(4)), ZoneOffset.UTC));
        List<SessionNote> overdue = jpa.inTransaction(() -> later.unsignedOverdue(scene.practice.first));
        assertEquals(List.of(scene.held.getId()), overdue.stream().map(n -> n.getAppointment().getId()).toList());
        assertTrue(jpa.inTransaction(() -> scene.notes.unsignedOverdue(scene.practice.first)).isEmpty(), "not yet three days");
        assertTrue(jpa.inTransaction(() -> later.unsignedOverdue(scene.practice.second)).isEmpty(), "only the writer's");
    }
}
