package org.rebuildtrust.reminders;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rebuildtrust.appointments.Appointment;
import org.rebuildtrust.appointments.AppointmentKind;
import org.rebuildtrust.appointments.AppointmentRequest;
import org.rebuildtrust.appointments.ChangeScope;
import org.rebuildtrust.couples.Couple;
import org.rebuildtrust.homework.Assignee;
import org.rebuildtrust.homework.Assignment;
import org.rebuildtrust.homework.AssignmentRequest;
import org.rebuildtrust.homework.Template;
import org.rebuildtrust.mail.Mailer;
import org.rebuildtrust.security.Actor;
import org.rebuildtrust.testsupport.DatabaseContract;
import org.rebuildtrust.testsupport.PracticeFixture;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reminders on a real database and a real SMTP server on loopback (GreenMail): which are due, that each goes out once
 * however many runs race for it, that failed sends are tried again and then shown as failed, and that no email says
 * anything clinical. Each test has a practice of its own and looks only at its own people's reminders.
 */
abstract class ReminderContract extends DatabaseContract {

    @RegisterExtension
    final GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

    private static final String PORTAL = "https://rebuild.example.test";
    /**
     * Monday 30 November 2026, 10:00 in Berlin: homework reminders (from 09:00) and digests (from 07:00) are due. Each
     * test lives its own week from there (the database is the class's), so no test's reminders fall due in another's.
     */
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 11, 30);

    private static Instant tenInBerlin(LocalDate day) {
        return day.atTime(9, 0).toInstant(java.time.ZoneOffset.UTC);
    }

    private final class Scene {
        final PracticeFixture practice = new PracticeFixture(jpa);
        final String suffix = practice.label("");
        final Couple couple = practice.coupleOf(practice.first, practice.label("Lisbon"), "Ada Quill", "Ben Stroud");
        final Actor ada = practice.portalLoginFor(couple, 1, "ada");
        final Actor ben = practice.portalLoginFor(couple, 2, "ben");
        final Template letter = practice.writingTemplate("Letter about the night in Lisbon " + suffix, "Write it down.");
        final ReminderOutbox outbox = new ReminderOutbox(jpa.dataSource());
        final ReminderSelection selection = new ReminderSelection(jpa.dataSource());
        final ReminderPreferences preferences = new ReminderPreferences(jpa.em(), practice.audit);

        Scene() {
            practice.practiceInZone("Europe/Berlin");
            jpa.inTransaction(() -> jpa.em().createNativeQuery("UPDATE user_account SET email = ?1 WHERE id = ?2")
                    .setParameter(1, "first-therapist" + suffix.strip() + "@example.test")
                    .setParameter(2, practice.first.accountId()).executeUpdate());
        }

        ReminderRun run(Mailer mailer) {
            return new ReminderRun(selection, outbox, mailer, PORTAL);
        }

        Mailer mailer() {
            return new Mailer("127.0.0.1", smtp.getSmtp().getPort(), "Rebuild <no-reply@rebuild.example.test>");
        }

        Appointment book(LocalDate day, int hour, Consumer<AppointmentRequest> details) {
            AppointmentRequest request = new AppointmentRequest();
            request.setDay(day);
            request.setStart(LocalTime.of(hour, 0));
            request.setEnd(LocalTime.of(hour, 50));
            request.setPlace("Room 4, Quill building");
            details.accept(request);
            return jpa.inTransaction(() -> practice.appointments.schedule(practice.first, couple.getId(), request, true)).get(0);
        }

        Assignment give(LocalDate due) {
            AssignmentRequest request = new AssignmentRequest();
            request.setTemplateId(letter.getId());
            request.setAssignee(Assignee.EACH_PARTNER);
            request.setDueDate(due);
            request.setDuplicateConfirmed(true);
            return jpa.inTransaction(() -> practice.homework.assign(practice.first, couple.getId(), request)).get(0);
        }

        /** The scene's own reminders among those due: "KIND recipient-login" each. */
        Set<String> due(Instant at) {
            java.util.Map<Long, String> people = java.util.Map.of(ada.accountId(), "ada", ben.accountId(), "ben",
                    practice.first.accountId(), "therapist");
            return selection.dueAt(at).stream().filter(r -> people.containsKey(r.recipientAccountId()))
                    .map(r -> r.kind() + " " + people.get(r.recipientAccountId())).collect(Collectors.toSet());
        }

        /** The scene: every kind of reminder due at 10:00 on {@code monday}, and some that are not. */
        void fill(LocalDate monday) {
            book(monday.plusDays(1), 8, r -> { });                                       // joint, tomorrow 08:00
            book(monday, 18, r -> {                                                      // Ben alone, tonight
                r.setKind(AppointmentKind.INDIVIDUAL);
                r.setPartnerId(couple.partnerB().getId());
            });
            Appointment cancelled = book(monday, 20, r -> { });                          // cancelled: none
            jpa.inTransaction(() -> practice.appointments.cancel(practice.first, cancelled.getId(), ChangeScope.THIS_ONE, false));
            book(monday.plusDays(2), 8, r -> { });                                       // more than a day ahead: none
            Assignment overdue = give(monday.minusDays(2));                              // Ben finished his part
            practice.submitAnswer(ben, overdue, "The night in Lisbon, as I remember it");
            give(monday.plusDays(1));                                                    // due tomorrow for both
            // what the server does after each of these commits: the couple's caseload counts (the digest's source)
            jpa.inTransaction(() -> practice.attention.refresh(couple.getId()));
        }

        /** This scene's reminders in its practice's outbox. */
        List<OutboxEntry> entries(String status) {
            return outbox.page(practice.admin, status, 0, 100);
        }
    }

    @Test
    void eachKindIsDueOnceItsTimeComesAndNotWhenTurnedOffCancelledFinishedOrLater() {
        Scene scene = new Scene();
        scene.fill(FIRST_MONDAY);
        Instant NOW = tenInBerlin(FIRST_MONDAY);
        assertEquals(Set.of("APPOINTMENT ada", "APPOINTMENT ben", "HOMEWORK_DUE ada", "HOMEWORK_DUE ben",
                "HOMEWORK_OVERDUE ada", "DAILY_DIGEST therapist"), scene.due(NOW));
        long bensAppointments = scene.selection.dueAt(NOW).stream()
                .filter(r -> r.kind() == ReminderKind.APPOINTMENT && r.recipientAccountId() == scene.ben.accountId()).count();
        assertEquals(2, bensAppointments, "the joint session and his own; Ada is never told of his");

        // before 09:00 in Berlin no homework reminder is due yet, before 07:00 no digest
        // at 06:30 in Berlin: no homework reminder before 09:00, no digest before 07:00; tomorrow's 08:00 session is
        // more than a day away, tonight's is not
        assertEquals(Set.of("APPOINTMENT ben"), scene.due(Instant.parse("2026-11-30T05:30:00Z")));

        // Ada turns appointment reminders off, Ben homework-due ones
        jpa.inTransaction(() -> scene.preferences.save(scene.ada, new ReminderPreferences.Choices(false, true, true, true)));
        jpa.inTransaction(() -> scene.preferences.save(scene.ben, new ReminderPreferences.Choices(true, false, true, true)));
        assertEquals(new ReminderPreferences.Choices(false, true, true, true), jpa.inTransaction(() -> scene.preferences.of(scene.ada)));
        assertEquals(Set.of("APPOINTMENT ben", "HOMEWORK_DUE ada", "HOMEWORK_OVERDUE ada", "DAILY_DIGEST therapist"),
                scene.due(NOW));
        jpa.inTransaction(() -> scene.preferences.save(scene.practice.first, new ReminderPreferences.Choices(true, true, true, false)));
        assertFalse(scene.due(NOW).contains("DAILY_DIGEST therapist"), "the therapist turned the digest off");
    }

    @Test
    void twoRunsRacingOnTheSameDatabaseSendEachReminderOnce() throws Exception {
        Scene scene = new Scene();
        LocalDate monday = FIRST_MONDAY.plusWeeks(1);
        scene.fill(monday);
        Instant NOW = tenInBerlin(monday);
        // every reminder due in the database (other tests' therapists get digests too), and this practice's own
        int expected = scene.selection.dueAt(NOW).size();
        Set<Long> own = Set.of(scene.ada.accountId(), scene.ben.accountId(), scene.practice.first.accountId());
        long ownExpected = scene.selection.dueAt(NOW).stream().filter(r -> own.contains(r.recipientAccountId())).count();
        assertEquals(7, ownExpected, "two appointments for Ben, one for Ada, homework due for both, overdue for Ada, a digest");
        ReminderRun first = scene.run(scene.mailer());
        ReminderRun second = scene.run(scene.mailer());
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                CyclicBarrier together = new CyclicBarrier(2);
                Future<ReminderRun.Outcome> a = threads.submit(() -> {
                    together.await();
                    return first.runOnce(NOW);
                });
                Future<ReminderRun.Outcome> b = threads.submit(() -> {
                    together.await();
                    return second.runOnce(NOW);
                });
                a.get();
                b.get();
            }
        } finally {
            threads.shutdownNow();
        }
        MimeMessage[] received = smtp.getReceivedMessages();
        List<String> keys = new ArrayList<>();
        for (MimeMessage message : received) {
            keys.add(message.getAllRecipients()[0] + " " + message.getSubject());
        }
        assertEquals(expected, received.length, "each reminder once: " + keys);
        assertEquals(keys.size(), Set.copyOf(keys).size(), "no email twice: " + keys);
        assertEquals(0, scene.outbox.count(scene.practice.admin, "QUEUED") + scene.outbox.count(scene.practice.admin, "SENDING"));
        assertEquals(ownExpected, scene.outbox.count(scene.practice.admin, "SENT"));

        // a later run, and a run on the next minute, find them all sent already
        assertEquals(0, scene.run(scene.mailer()).runOnce(NOW.plusSeconds(60)).sent());
        assertEquals(expected, smtp.getReceivedMessages().length);
    }

    @Test
    void aFailedSendIsTriedAgainWithGrowingWaitsThenShownFailedAndAnInterruptedOneIsNeverResent() {
        Scene scene = new Scene();
        LocalDate monday = FIRST_MONDAY.plusWeeks(2);
        scene.book(monday.plusDays(1), 8, r -> { });
        Mailer unreachable = new Mailer("127.0.0.1", 9, "Rebuild <no-reply@rebuild.example.test>"); // nothing listens
        ReminderRun failing = scene.run(unreachable);
        Instant at = tenInBerlin(monday);
        List<Long> waits = new ArrayList<>();
        for (int attempt = 1; attempt <= ReminderOutbox.MAX_ATTEMPTS; attempt++) {
            failing.runOnce(at);
            List<OutboxEntry> entries = scene.entries(null);
            assertEquals(2, entries.size(), "both partners' reminders of the appointment: " + entries);
            int tried = attempt;
            assertTrue(entries.stream().allMatch(e -> e.getAttempts() == tried && e.getLastFailure() != null), "try " + attempt);
            if (attempt < ReminderOutbox.MAX_ATTEMPTS) {
                assertTrue(entries.stream().allMatch(e -> e.getStatus().equals("QUEUED")), "queued again after try " + attempt);
                Instant next = entries.get(0).getNextAttemptAt();
                waits.add(Duration.between(at, next).toMinutes());
                failing.runOnce(next.minusSeconds(1));
                assertTrue(scene.entries(null).stream().allMatch(e -> e.getAttempts() == tried), "not tried again before its time");
                at = next;
            }
        }
        assertEquals(List.of(2L, 4L, 8L, 16L), waits);
        List<OutboxEntry> failed = scene.entries("FAILED");
        assertEquals(2, failed.size());
        assertTrue(failed.stream().allMatch(e -> e.getKind() == ReminderKind.APPOINTMENT), failed.toString());
        assertEquals(Set.of("a@example.test", "b@example.test"),
                failed.stream().map(OutboxEntry::getRecipientAddress).collect(Collectors.toSet()));
        // a working server later does not send what failed for good
        scene.run(scene.mailer()).runOnce(at.plus(Duration.ofHours(1)));
        assertEquals(2, scene.entries("FAILED").size());
        assertTrue(scene.entries("SENT").isEmpty());

        // a claim left by an instance that stopped mid-send is given up after its lease, and never sent
        Scene other = new Scene();
        LocalDate later = monday.plusDays(3);
        other.book(later.plusDays(1), 9, r -> { });
        Instant then = tenInBerlin(later);
        other.selection.dueAt(then).forEach(due -> other.outbox.queue(due, then));
        assertFalse(other.outbox.claim(then, 100).isEmpty(), "claimed, and the instance stops");
        other.run(other.mailer()).runOnce(then.plus(Duration.ofMinutes(5)));
        assertEquals(2, other.entries("SENDING").size(), "within its lease the claim stands");
        other.run(other.mailer()).runOnce(then.plus(Duration.ofMinutes(11)));
        List<OutboxEntry> abandoned = other.entries("FAILED");
        assertEquals(2, abandoned.size());
        assertTrue(abandoned.stream().allMatch(e -> ReminderOutbox.INTERRUPTED.equals(e.getLastFailure())));
        assertTrue(other.entries("SENT").isEmpty(), "never sent twice, so not resent");
    }

    @Test
    void noEmailOfAnyKindSaysAnythingClinicalAndEachGoesToItsRecipientInTheirLanguage() throws MessagingException {
        Scene scene = new Scene();
        LocalDate monday = FIRST_MONDAY.plusWeeks(3);
        scene.fill(monday);
        jpa.inTransaction(() -> jpa.em().createNativeQuery("UPDATE user_account SET language = 'SPANISH' WHERE id = ?1")
                .setParameter(1, scene.ben.accountId()).executeUpdate());
        // a progress note the therapist left unsigned (notes are dated when written: long before that Monday)
        AppointmentRequest past = new AppointmentRequest();
        past.setDay(LocalDate.of(2026, 11, 26));
        past.setStart(LocalTime.of(7, 0));
        past.setEnd(LocalTime.of(7, 50));
        long held = jpa.inTransaction(() -> scene.practice.appointments.schedule(scene.practice.first, scene.couple.getId(),
                past, true)).get(0).getId();
        jpa.inTransaction(() -> scene.practice.appointments.markHeld(scene.practice.first, held, true, true));
        jpa.inTransaction(() -> scene.practice.notes.saveDraft(scene.practice.first, held, "Draft of the session", null, null, null));
        scene.run(scene.mailer()).runOnce(tenInBerlin(monday));
        assertEquals(7, scene.entries("SENT").size(), scene.entries(null).toString());
        String therapistEmail = "first-therapist" + scene.suffix.strip() + "@example.test";
        List<MimeMessage> received = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            String to = message.getAllRecipients()[0].toString();
            // other tests' therapists of this class's database get their digests too: only this scene's people count
            if (to.equals("a@example.test") || to.equals("b@example.test") || to.equals(therapistEmail)) {
                received.add(message);
            }
        }
        assertEquals(7, received.size());

        List<String> forbidden = List.of("Ada", "Quill", "Ben", "Stroud", "Lisbon", scene.couple.getLabel(), "Room 4",
                "Write it down", "The night", scene.practice.firstTherapist.getDisplayName(), "therapy", "terapia",
                "infidelity", "affair");
        Set<String> kinds = new java.util.HashSet<>();
        for (MimeMessage message : received) {
            String to = message.getAllRecipients()[0].toString();
            String subject = message.getSubject();
            String body = GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "=");
            for (String word : forbidden) {
                assertFalse(subject.contains(word) || body.contains(word), "'" + word + "' in: " + subject + "\n" + body);
            }
            if (to.equals("b@example.test")) {
                assertTrue(body.contains("Inicia sesi") || body.contains("=C3"), "Ben reads Spanish: " + body);
                assertTrue(body.contains(PORTAL + "/portal/home.xhtml"), body);
                kinds.add(subject.startsWith("Recordatorio: tu cita") ? "APPOINTMENT" : "HOMEWORK_DUE");
            } else if (to.equals("a@example.test")) {
                assertTrue(body.contains("Sign in to see") && body.contains(PORTAL + "/portal/home.xhtml"), body);
                kinds.add(subject.startsWith("Reminder: your appointment") ? "APPOINTMENT"
                        : subject.startsWith("Something was due") ? "HOMEWORK_OVERDUE" : "HOMEWORK_DUE");
            } else {
                assertEquals(therapistEmail, to);
                assertTrue(body.contains("Answers waiting for your review: 1"), body);
                assertTrue(body.contains("Notes waiting for your signature for more than three days: 1"), body);
                assertTrue(body.contains(PORTAL + "/therapist/caseload.xhtml"), body);
                kinds.add("DAILY_DIGEST");
            }
        }
        assertEquals(Set.of("APPOINTMENT", "HOMEWORK_DUE", "HOMEWORK_OVERDUE", "DAILY_DIGEST"), kinds);
        // the appointment's time, in the practice's zone: tomorrow 08:00 in Berlin (07:00 UTC)
        assertTrue(received.stream().anyMatch(m -> {
            try {
                return m.getSubject().equals("Reminder: your appointment on Tuesday, Dec 22, 2026 at 8:00 AM");
            } catch (MessagingException e) {
                return false;
            }
        }));
    }
}
