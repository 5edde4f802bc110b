package org.rebuildtrust.demo;

import org.junit.jupiter.api.Test;
import org.rebuildtrust.couples.Couple;
import org.rebuildtrust.testsupport.DatabaseContract;
import org.rebuildtrust.testsupport.PracticeFixture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo practice as the run command seeds it, through the real services on a real database: what the README
 * promises about it, and a "last activity" that follows each couple's story rather than the moment it was loaded.
 */
abstract class DemoPracticeContract extends DatabaseContract {

    private static final Pattern THERAPIST_ROW = Pattern.compile("^\\| `(\\w+)` \\|[^|]*\\((\\d+) couples\\) \\|$");

    private Instant seededAt;

    private synchronized void seed() {
        if (seededAt != null) {
            return;
        }
        PracticeFixture services = new PracticeFixture(jpa);
        DemoPractice demo = new DemoPractice();
        demo.em = jpa.em();
        demo.passwordHasher = PracticeFixture.hasher();
        demo.accountService = services.accounts;
        demo.therapistService = services.therapists;
        demo.coupleService = services.couples;
        demo.clock = PracticeFixture.CLOCK;
        demo.homeworkService = services.homework;
        demo.checkInService = services.checkIns;
        demo.milestoneService = services.milestones;
        demo.sessionService = services.sessions;
        demo.libraryService = services.library;
        demo.appointmentService = services.appointments;
        demo.intakeService = services.intakes;
        demo.policyService = services.policies;
        demo.noteService = services.notes;
        demo.auditTrail = services.audit;
        jpa.inTransaction(() -> {
            demo.create();
            return null;
        });
        seededAt = PracticeFixture.CLOCK.instant();
    }

    @Test
    void theReadmesDemoTableCountsTheCouplesEachTherapistReallyHas() throws IOException {
        seed();
        Map<String, Long> promised = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8)) {
            Matcher row = THERAPIST_ROW.matcher(line.strip());
            if (row.matches()) {
                promised.put(row.group(1), Long.parseLong(row.group(2)));
            }
        }
        assertEquals(List.of("robin", "sam"), List.copyOf(promised.keySet()), "the README names both demo therapists");
        for (Map.Entry<String, Long> therapist : promised.entrySet()) {
            long seeded = jpa.inTransaction(() -> jpa.em().createQuery("SELECT COUNT(c) FROM Couple c"
                    + " WHERE c.therapist.account.loginName = :login", Long.class)
                    .setParameter("login", therapist.getKey()).getSingleResult());
            assertEquals(therapist.getValue(), seeded, "couples of " + therapist.getKey());
        }
    }

    @Test
    void eachCouplesLastActivityIsWhereItsStoryLastMovedNotWhenTheDemoWasLoaded() {
        seed();
        Map<String, Instant> lastActivity = new LinkedHashMap<>();
        jpa.inTransaction(() -> jpa.em().createQuery("SELECT c FROM Couple c WHERE c.label LIKE '%(demo)'", Couple.class)
                .getResultList()).forEach(c -> lastActivity.put(c.getLabel(), c.getLastActivityAt()));

        assertEquals(12, lastActivity.size());
        Duration quiet = Duration.between(lastActivity.get("Okonkwo & Lindqvist (demo)"), seededAt);
        assertTrue(quiet.compareTo(Duration.ofDays(20)) > 0 && quiet.compareTo(Duration.ofDays(24)) < 0,
                "the couple that went quiet three weeks ago was last active then: " + quiet);
        Duration rivera = Duration.between(lastActivity.get("Rivera & Chen (demo)"), seededAt);
        assertTrue(rivera.compareTo(Duration.ofDays(1)) > 0 && rivera.compareTo(Duration.ofDays(3)) < 0,
                "Rivera & Chen's last replayed day, two days ago: " + rivera);
        assertEquals(List.of("Brennan & Yilmaz (demo)"), lastActivity.entrySet().stream()
                .filter(e -> !e.getValue().isBefore(seededAt)).map(Map.Entry::getKey).toList(),
                "only the couple admitted today was last active at loading");
        assertEquals(lastActivity.size(), lastActivity.values().stream().distinct().count(),
                "couples admitted on different days were last active on different days: " + lastActivity);
    }

    @Test
    void theDemoPracticeHasACalendarOfHeldSessionsAndComingAppointmentsInBerlinTime() {
        seed();
        List<org.rebuildtrust.appointments.Appointment> demoAppointments = jpa.inTransaction(() -> jpa.em().createQuery(
                "SELECT a FROM Appointment a WHERE a.couple.label LIKE '%(demo)' ORDER BY a.startsAt",
                org.rebuildtrust.appointments.Appointment.class).getResultList());
        long held = demoAppointments.stream().filter(a -> a.getStatus() == org.rebuildtrust.appointments.AppointmentStatus.HELD).count();
        long heldSessions = jpa.inTransaction(() -> jpa.em().createQuery(
                "SELECT COUNT(s) FROM HeldSession s WHERE s.couple.label LIKE '%(demo)'", Long.class).getSingleResult());
        assertEquals(5, held, "the replayed sessions were booked and then held");
        assertEquals(heldSessions, held, "each held session is a held appointment");
        assertTrue(demoAppointments.stream().filter(a -> a.getStatus() == org.rebuildtrust.appointments.AppointmentStatus.SCHEDULED)
                .filter(a -> a.getStartsAt().isAfter(seededAt)).count() >= 18, "weeks of coming appointments");
        java.time.ZoneId berlin = java.time.ZoneId.of("Europe/Berlin");
        assertTrue(demoAppointments.stream().allMatch(a -> a.getStartsAt().atZone(berlin).getMinute() == 0),
                "booked on the hour, Berlin time: " + demoAppointments.stream().map(a -> a.getStartsAt().atZone(berlin).toLocalTime()).distinct().toList());
        assertTrue(demoAppointments.stream().anyMatch(a -> a.getKind() == org.rebuildtrust.appointments.AppointmentKind.INDIVIDUAL),
                "an individual session too");
        assertTrue(demoAppointments.stream().anyMatch(a -> a.getStartsAt().atZone(berlin).toLocalDate()
                .equals(seededAt.atZone(berlin).toLocalDate())), "one today, for the agenda");
    }

    @Test
    void theDemoHasIntakesAndACoupleWhoseSafetyFlagHasADecision() {
        seed();
        List<String> states = jpa.inTransaction(() -> jpa.em().createQuery("SELECT c.label FROM Couple c"
                + " WHERE c.label LIKE '%(demo)' AND c.safetyState = 'DECIDED'", String.class).getResultList());
        assertEquals(List.of("Okonkwo & Lindqvist (demo)"), states);
        long sent = jpa.inTransaction(() -> jpa.em().createQuery("SELECT COUNT(i) FROM Intake i"
                + " WHERE i.partner.couple.label LIKE '%(demo)' AND i.status = org.rebuildtrust.intake.Intake.Status.SUBMITTED",
                Long.class).getSingleResult());
        assertEquals(2, sent, "Alex's and Casey's");
        assertTrue(jpa.inTransaction(() -> jpa.em().createQuery("SELECT f FROM SafetyFlag f WHERE f.couple.label LIKE '%(demo)'",
                org.rebuildtrust.intake.SafetyFlag.class).getResultList()).stream().allMatch(f -> f.isDecided()
                && f.getDecisionNote().contains("safety plan")));
    }
}
