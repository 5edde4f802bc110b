package org.rebuildtrust.appointments;

import org.junit.jupiter.api.Test;
import org.rebuildtrust.couples.Couple;
import org.rebuildtrust.security.Actor;
import org.rebuildtrust.sessions.HeldSession;
import org.rebuildtrust.shared.BusinessRuleException;
import org.rebuildtrust.shared.DuplicateSuspectedException;
import org.rebuildtrust.shared.RecordNotFoundException;
import org.rebuildtrust.testsupport.DatabaseContract;
import org.rebuildtrust.testsupport.PracticeFixture;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Scheduling, series, moves, overlaps and who sees what, on a real database; runs once per database kind. */
abstract class AppointmentContract extends DatabaseContract {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final class Scene {
        final PracticeFixture practice = new PracticeFixture(jpa);
        final AppointmentService appointments = practice.appointments;
        final Couple couple = practice.coupleOf(practice.first, practice.label("Calendar"), "Ada", "Ben");
        final Actor ada = practice.portalLoginFor(couple, 1, "ada");
        final Actor ben = practice.portalLoginFor(couple, 2, "ben");

        Scene() {
            practice.practiceInZone("Europe/Berlin");
        }

        List<Appointment> book(Consumer<AppointmentRequest> details) {
            return book(couple, details, false);
        }

        List<Appointment> book(Couple whose, Consumer<AppointmentRequest> details, boolean confirmed) {
            AppointmentRequest request = new AppointmentRequest();
            request.setDay(LocalDate.of(2026, 12, 10));
            request.setStart(LocalTime.of(18, 0));
            request.setEnd(LocalTime.of(18, 50));
            details.accept(request);
            Actor therapist = whose.getTherapist().getAccount().getId() == practice.first.accountId()
                    ? practice.first : practice.second;
            return jpa.inTransaction(() -> appointments.schedule(therapist, whose.getId(), request, confirmed));
        }

        List<Appointment> ofCouple() {
            List<Appointment> latestFirst = new java.util.ArrayList<>(jpa.inTransaction(() -> appointments.ofCouple(practice.first, couple.getId())));
            java.util.Collections.reverse(latestFirst);
            return latestFirst;
        }
    }

    private static LocalTime localTime(Appointment appointment) {
        return appointment.getStartsAt().atZone(BERLIN).toLocalTime();
    }

    @Test
    void aSignedInRequestReadsThePracticesZoneWithTheAccountAndTimesFollowIt() {
        Scene scene = new Scene();
        org.rebuildtrust.security.AccountRepository accounts = new org.rebuildtrust.security.AccountRepository(jpa.em());
        org.rebuildtrust.security.AccountRepository.SignedIn ada = jpa.inTransaction(() ->
                accounts.findSignedIn(" ADA" + scene.ada.loginName().substring(3))).orElseThrow();
        assertEquals(scene.ada.accountId(), ada.account().getId(), "found by the login as typed");
        assertEquals(BERLIN, ada.practiceZone());
        assertTrue(jpa.inTransaction(() -> accounts.findSignedIn("nobody-" + scene.ada.loginName())).isEmpty());
        // what the request's actor carries is the zone its times are shown in; without it, the practice is asked
        Actor adaWithZone = Actor.of(ada.account(), ada.practiceZone());
        assertEquals(BERLIN, jpa.inTransaction(() -> scene.appointments.zoneOf(adaWithZone)));
        assertEquals(BERLIN, jpa.inTransaction(() -> scene.appointments.zoneOf(scene.ada)));
        Actor adaInTokyo = new Actor(scene.ada.accountId(), scene.ada.practiceId(), scene.ada.role(), scene.ada.loginName(),
                scene.ada.displayName(), ZoneId.of("Asia/Tokyo"));
        assertEquals(ZoneId.of("Asia/Tokyo"), jpa.inTransaction(() -> scene.appointments.zoneOf(adaInTokyo)),
                "read once with the account, not again per section");
    }

    @Test
    void aWeeklySeriesStaysAtSixInTheEveningAcrossBothDaylightSavingChanges() {
        Scene scene = new Scene();
        // Europe/Berlin moves to summer time on 28 March 2027 and back on 31 October 2027
        List<Appointment> spring = scene.book(r -> {
            r.setDay(LocalDate.of(2027, 3, 15));
            r.setCadence(Cadence.WEEKLY);
            r.setCount(4);
        });
        assertEquals(List.of(Instant.parse("2027-03-15T17:00:00Z"), Instant.parse("2027-03-22T17:00:00Z"),
                Instant.parse("2027-03-29T16:00:00Z"), Instant.parse("2027-04-05T16:00:00Z")),
                spring.stream().map(Appointment::getStartsAt).toList());
        List<Appointment> autumn = scene.book(r -> {
            r.setDay(LocalDate.of(2027, 10, 19));
            r.setCadence(Cadence.FORTNIGHTLY);
            r.setUntil(LocalDate.of(2027, 11, 16));
        });
        assertEquals(List.of(Instant.parse("2027-10-19T16:00:00Z"), Instant.parse("2027-11-02T17:00:00Z"),
                Instant.parse("2027-11-16T17:00:00Z")), autumn.stream().map(Appointment::getStartsAt).toList());
        assertTrue(autumn.stream().allMatch(a -> localTime(a).equals(LocalTime.of(18, 0)) && a.getDurationMinutes() == 50));
        assertEquals(7, scene.ofCouple().size());
        assertTrue(scene.ofCouple().stream().allMatch(a -> a.getStatus() == AppointmentStatus.SCHEDULED));
    }

    @Test
    void movingOneOccurrenceLeavesTheSeriesAndMovingTheFollowingKeepsTheirLocalTime() {
        Scene scene = new Scene();
        List<Appointment> series = scene.book(r -> {
            r.setDay(LocalDate.of(2027, 3, 9));
            r.setCadence(Cadence.WEEKLY);
            r.setCount(6);
        });
        Appointment second = series.get(1);
        jpa.inTransaction(() -> scene.appointments.move(scene.practice.first, second.getId(), LocalDate.of(2027, 3, 17),
                LocalTime.of(10, 0), LocalTime.of(11, 0), "Room 2", ChangeScope.THIS_ONE, false, second.getVersion()));
        Appointment fourth = series.get(3);
        jpa.inTransaction(() -> scene.appointments.move(scene.practice.first, fourth.getId(), LocalDate.of(2027, 3, 31),
                LocalTime.of(19, 0), LocalTime.of(19, 45), null, ChangeScope.THIS_AND_FOLLOWING, false, null));

        List<Appointment> after = scene.ofCouple();
        assertEquals(List.of(Instant.parse("2027-03-09T17:00:00Z"), Instant.parse("2027-03-17T09:00:00Z"),
                Instant.parse("2027-03-23T17:00:00Z"),
                // from the fourth on: a day later, at 19:00 local, now in summer time
                Instant.parse("2027-03-31T17:00:00Z"), Instant.parse("2027-04-07T17:00:00Z"),
                Instant.parse("2027-04-14T17:00:00Z")), after.stream().map(Appointment::getStartsAt).toList());
        assertEquals("Room 2", after.get(1).getPlace());
        assertEquals(List.of(50, 60, 50, 45, 45, 45), after.stream().map(Appointment::getDurationMinutes).toList());

        // dragged on a calendar that still showed the second where it was: refused, not moved back
        assertThrows(org.rebuildtrust.shared.ConcurrentEditException.class, () -> jpa.inTransaction(() ->
                scene.appointments.moveTo(scene.practice.first, second.getId(), java.time.LocalDateTime.of(2027, 3, 16, 18, 0),
                        java.time.LocalDateTime.of(2027, 3, 16, 18, 50), false, second.getVersion())));
        // a stale copy of the second (moved since) is refused
        assertThrows(org.rebuildtrust.shared.ConcurrentEditException.class, () -> jpa.inTransaction(() ->
                scene.appointments.move(scene.practice.first, second.getId(), LocalDate.of(2027, 3, 18),
                        LocalTime.of(10, 0), LocalTime.of(11, 0), null, ChangeScope.THIS_ONE, false, second.getVersion())));

        // cancelling the fifth and the following leaves the first four
        jpa.inTransaction(() -> scene.appointments.cancel(scene.practice.first, after.get(4).getId(),
                ChangeScope.THIS_AND_FOLLOWING, false));
        assertEquals(List.of(AppointmentStatus.SCHEDULED, AppointmentStatus.SCHEDULED, AppointmentStatus.SCHEDULED,
                AppointmentStatus.SCHEDULED, AppointmentStatus.CANCELLED, AppointmentStatus.CANCELLED),
                scene.ofCouple().stream().map(Appointment::getStatus).toList());
    }

    @Test
    void anOverlapWithTheSameTherapistAsksForConfirmationAndOtherTherapistsOrCancelledOnesDoNot() {
        Scene scene = new Scene();
        Couple other = scene.practice.coupleOf(scene.practice.first, scene.practice.label("Other"), "Cleo", "Dan");
        Couple elsewhere = scene.practice.coupleOf(scene.practice.second, scene.practice.label("Elsewhere"), "Eve", "Finn");
        List<Appointment> first = scene.book(r -> {
            r.setDay(LocalDate.of(2026, 12, 11));
            r.setStart(LocalTime.of(10, 0));
            r.setEnd(LocalTime.of(10, 50));
        });
        DuplicateSuspectedException clash = assertThrows(DuplicateSuspectedException.class, () -> scene.book(other, r -> {
            r.setDay(LocalDate.of(2026, 12, 11));
            r.setStart(LocalTime.of(10, 30));
            r.setEnd(LocalTime.of(11, 0));
        }, false));
        assertEquals("appointment.overlap", clash.getMessageKey());
        assertEquals(List.of(LocalDate.of(2026, 12, 11), LocalTime.of(10, 0)), List.of(clash.getArguments()));
        // a series whose third occurrence clashes is refused whole
        assertThrows(DuplicateSuspectedException.class, () -> scene.book(other, r -> {
            r.setDay(LocalDate.of(2026, 11, 27));
            r.setStart(LocalTime.of(10, 45));
            r.setEnd(LocalTime.of(11, 30));
            r.setCadence(Cadence.WEEKLY);
            r.setCount(3);
        }, false));
        assertEquals(0, jpa.inTransaction(() -> scene.appointments.ofCouple(scene.practice.first, other.getId())).size());
        // back to back is no overlap; another therapist's couple at the same time is none either
        scene.book(other, r -> {
            r.setDay(LocalDate.of(2026, 12, 11));
            r.setStart(LocalTime.of(10, 50));
            r.setEnd(LocalTime.of(11, 40));
        }, false);
        scene.book(elsewhere, r -> {
            r.setDay(LocalDate.of(2026, 12, 11));
            r.setStart(LocalTime.of(10, 0));
            r.setEnd(LocalTime.of(10, 50));
        }, false);
        // confirmed, it is booked; once the first is cancelled the time is free again
        scene.book(other, r -> {
            r.setDay(LocalDate.of(2026, 12, 11));
            r.setStart(LocalTime.of(10, 30));
            r.setEnd(LocalTime.of(10, 45));
        }, true);
        jpa.inTransaction(() -> scene.appointments.cancel(scene.practice.first, first.get(0).getId(), ChangeScope.THIS_ONE, true));
        assertEquals(AppointmentStatus.LATE_CANCELLED, jpa.inTransaction(() ->
                scene.appointments.find(scene.practice.first, first.get(0).getId())).getStatus());
        List<Appointment> movedOnto = jpa.inTransaction(() -> scene.appointments.ofCouple(scene.practice.first, other.getId()));
        assertEquals(2, movedOnto.size());
    }

    @Test
    void badTimesAndSeriesAreRefusedAtTheirFieldAndNothingIsBooked() {
        Scene scene = new Scene();
        record Case(String key, String field, Consumer<AppointmentRequest> details) { }
        List<Case> cases = List.of(
                new Case("appointment.endBeforeStart", "endTime", r -> r.setEnd(LocalTime.of(17, 0))),
                new Case("appointment.endBeforeStart", "endTime", r -> r.setEnd(LocalTime.of(18, 0))),
                new Case("appointment.tooLong", "endTime", r -> {
                    r.setStart(LocalTime.of(8, 0));
                    r.setEnd(LocalTime.of(16, 1));
                }),
                new Case("appointment.untilBeforeStart", "until", r -> {
                    r.setCadence(Cadence.WEEKLY);
                    r.setUntil(LocalDate.of(2026, 12, 9));
                }),
                new Case("appointment.seriesEnd", "until", r -> r.setCadence(Cadence.WEEKLY)),
                new Case("appointment.countRange", "count", r -> {
                    r.setCadence(Cadence.WEEKLY);
                    r.setCount(53);
                }),
                new Case("appointment.seriesTooLong", "until", r -> {
                    r.setCadence(Cadence.WEEKLY);
                    r.setUntil(LocalDate.of(2028, 1, 10));
                }),
                new Case("appointment.dayRange", "day", r -> r.setDay(LocalDate.of(2029, 1, 1))),
                new Case("appointment.dayMissing", "day", r -> r.setDay(null)),
                new Case("appointment.placeTooLong", "place", r -> r.setPlace("x".repeat(Appointment.PLACE_LENGTH + 1))),
                new Case("appointment.partnerMissing", "partnerId", r -> r.setKind(AppointmentKind.INDIVIDUAL)));
        for (Case bad : cases) {
            BusinessRuleException refusal = assertThrows(BusinessRuleException.class, () -> scene.book(bad.details()), bad.key());
            assertEquals(bad.key(), refusal.getMessageKey());
            assertEquals(bad.field(), refusal.getField(), bad.key());
        }
        // the other couple's partner, tampered into the form, is not found
        Couple other = scene.practice.coupleOf(scene.practice.first, scene.practice.label("Other"), "Cleo", "Dan");
        assertThrows(RecordNotFoundException.class, () -> scene.book(r -> {
            r.setKind(AppointmentKind.INDIVIDUAL);
            r.setPartnerId(other.partnerA().getId());
        }));
        assertTrue(scene.ofCouple().isEmpty());
        // exactly eight hours is accepted
        scene.book(r -> {
            r.setStart(LocalTime.of(8, 0));
            r.setEnd(LocalTime.of(16, 0));
        });
        assertEquals(480, scene.ofCouple().get(0).getDurationMinutes());
    }

    @Test
    void eachPartnerSeesJointSessionsAndOnlyTheirOwnIndividualOnesAndNoOtherTherapistReachesThem() {
        Scene scene = new Scene();
        Appointment joint = scene.book(r -> r.setPlace("https://video.example/room-7")).get(0);
        Appointment adasOwn = scene.book(r -> {
            r.setDay(LocalDate.of(2026, 12, 3));
            r.setKind(AppointmentKind.INDIVIDUAL);
            r.setPartnerId(scene.couple.partnerA().getId());
        }).get(0);

        assertEquals(List.of(adasOwn.getId(), joint.getId()), jpa.inTransaction(() ->
                scene.appointments.comingForPartner(scene.ada)).stream().map(Appointment::getId).toList());
        assertEquals(List.of(joint.getId()), jpa.inTransaction(() ->
                scene.appointments.comingForPartner(scene.ben)).stream().map(Appointment::getId).toList());
        assertEquals("https://video.example/room-7", jpa.inTransaction(() -> scene.appointments.forPartner(scene.ben, joint.getId())).getPlace());
        assertThrows(RecordNotFoundException.class, () -> jpa.inTransaction(() -> scene.appointments.forPartner(scene.ben, adasOwn.getId())));

        Scene other = new Scene();
        assertThrows(RecordNotFoundException.class, () -> jpa.inTransaction(() -> other.appointments.forPartner(other.ada, joint.getId())));
        assertThrows(RecordNotFoundException.class, () -> jpa.inTransaction(() -> scene.appointments.find(scene.practice.second, joint.getId())));
        assertThrows(RecordNotFoundException.class, () -> jpa.inTransaction(() ->
                scene.appointments.cancel(scene.practice.second, joint.getId(), ChangeScope.THIS_ONE, false)));
        assertThrows(RecordNotFoundException.class, () -> jpa.inTransaction(() -> scene.appointments.find(scene.ada, joint.getId())));
        assertThrows(RecordNotFoundException.class, () -> jpa.inTransaction(() -> scene.appointments.schedule(scene.ada,
                scene.couple.getId(), new AppointmentRequest(), false)));
        assertEquals(AppointmentStatus.SCHEDULED, jpa.inTransaction(() -> scene.appointments.find(scene.practice.first, joint.getId())).getStatus());

        // the calendar: the therapist's own, the admin's of the practice (all, or one therapist's)
        Instant from = Instant.parse("2026-12-01T00:00:00Z");
        Instant to = Instant.parse("2026-12-31T00:00:00Z");
        assertEquals(2, jpa.inTransaction(() -> scene.appointments.calendar(scene.practice.first, null, from, to)).size());
        assertEquals(0, jpa.inTransaction(() -> scene.appointments.calendar(scene.practice.second, null, from, to)).size());
        assertEquals(2, jpa.inTransaction(() -> scene.appointments.calendar(scene.practice.admin,
                scene.practice.firstTherapist.getId(), from, to)).size());
        assertEquals(0, jpa.inTransaction(() -> scene.appointments.calendar(scene.practice.admin,
                scene.practice.secondTherapist.getId(), from, to)).size());
        assertEquals(0, jpa.inTransaction(() -> scene.appointments.calendar(scene.ada, null, from, to)).size());
        assertEquals(List.of(adasOwn.getId()), jpa.inTransaction(() ->
                scene.appointments.agenda(scene.practice.first, LocalDate.of(2026, 12, 3))).stream().map(Appointment::getId).toList());
    }

    @Test
    void anAppointmentMarkedHeldIsTheNewHeldSessionAndAComingOneCannotBe() {
        Scene scene = new Scene();
        Appointment past = scene.book(r -> {
            r.setDay(LocalDate.of(2026, 11, 26));
            r.setStart(LocalTime.of(17, 0));
            r.setEnd(LocalTime.of(18, 0));
        }).get(0);
        Appointment coming = scene.book(r -> r.setDay(LocalDate.of(2026, 11, 30))).get(0);
        assertEquals("appointment.notYet", assertThrows(BusinessRuleException.class, () -> jpa.inTransaction(() ->
                scene.appointments.markHeld(scene.practice.first, coming.getId(), true, true))).getMessageKey());

        jpa.inTransaction(() -> scene.appointments.markHeld(scene.practice.first, past.getId(), true, false));
        HeldSession latest = jpa.inTransaction(() -> scene.practice.sessions.ofCouple(scene.practice.first, scene.couple.getId())).get(0);
        assertEquals(LocalDate.of(2026, 11, 26), latest.getHeldOn());
        assertTrue(latest.isPartnerAAttended());
        Appointment held = jpa.inTransaction(() -> scene.appointments.find(scene.practice.first, past.getId()));
        assertEquals(AppointmentStatus.HELD, held.getStatus());
        assertEquals(latest.getId(), held.getHeldSession().getId());
        // a held appointment can no longer be moved or cancelled
        assertEquals("appointment.notScheduled", assertThrows(BusinessRuleException.class, () -> jpa.inTransaction(() ->
                scene.appointments.cancel(scene.practice.first, past.getId(), ChangeScope.THIS_ONE, false))).getMessageKey());

        // a session recorded by its day alone is a held appointment of that day, without a time
        jpa.inTransaction(() -> scene.appointments.recordHeldSession(scene.practice.first, scene.couple.getId(),
                LocalDate.of(2026, 11, 20), true, true, false));
        Appointment byDay = scene.ofCouple().get(0);
        assertEquals(AppointmentStatus.HELD, byDay.getStatus());
        assertEquals(LocalDate.of(2026, 11, 20), byDay.getStartsAt().atZone(BERLIN).toLocalDate());
        assertTrue(!byDay.isTimeKnown());
    }

    @Test
    void theCaseloadShowsAndSortsByEachCouplesNextAppointmentAndMovesOnOnceOneHasBegun() {
        Scene scene = new Scene();
        Couple later = scene.practice.coupleOf(scene.practice.first, scene.practice.label("Later"), "Cleo", "Dan");
        Couple none = scene.practice.coupleOf(scene.practice.first, scene.practice.label("None"), "Eve", "Finn");
        // today (the 27th) at 10:00 Berlin, already begun at the fixture's 09:00 UTC; then the 2nd of December
        scene.book(r -> {
            r.setDay(LocalDate.of(2026, 11, 27));
            r.setStart(LocalTime.of(9, 30));
            r.setEnd(LocalTime.of(10, 20));
        });
        scene.book(r -> r.setDay(LocalDate.of(2026, 12, 2)));
        scene.book(later, r -> r.setDay(LocalDate.of(2026, 12, 5)), false);
        Appointment cancelled = scene.book(later, r -> r.setDay(LocalDate.of(2026, 12, 1)), false).get(0);
        jpa.inTransaction(() -> scene.appointments.cancel(scene.practice.first, cancelled.getId(), ChangeScope.THIS_ONE, false));

        org.rebuildtrust.couples.CaseloadQuery ascending = new org.rebuildtrust.couples.CaseloadQuery(0, 20,
                org.rebuildtrust.couples.CaseloadQuery.SortKey.NEXT_APPOINTMENT, false, null, scene.practice.label(""));
        List<org.rebuildtrust.couples.CaseloadRow> rows = jpa.inTransaction(() ->
                scene.practice.couples.caseloadPage(scene.practice.first, ascending));
        assertEquals(List.of(scene.couple.getLabel(), later.getLabel(), none.getLabel()),
                rows.stream().map(org.rebuildtrust.couples.CaseloadRow::getLabel).toList(), "soonest first, none last");
        assertEquals(Instant.parse("2026-12-02T17:00:00Z"), rows.get(0).getNextAppointmentAt(), "the begun one is not next");
        assertEquals(Instant.parse("2026-12-05T17:00:00Z"), rows.get(1).getNextAppointmentAt(), "the cancelled one is not next");
        assertEquals(null, rows.get(2).getNextAppointmentAt());
        org.rebuildtrust.couples.CaseloadQuery descending = new org.rebuildtrust.couples.CaseloadQuery(0, 20,
                org.rebuildtrust.couples.CaseloadQuery.SortKey.NEXT_APPOINTMENT, true, null, scene.practice.label(""));
        assertEquals(List.of(later.getLabel(), scene.couple.getLabel(), none.getLabel()), jpa.inTransaction(() ->
                scene.practice.couples.caseloadPage(scene.practice.first, descending)).stream()
                .map(org.rebuildtrust.couples.CaseloadRow::getLabel).toList(), "latest first, none still last");

        // once the 2nd of December's has begun, the couple's next one is none (until another is booked)
        AppointmentService afterwards = new AppointmentService(jpa.em(), scene.practice.couples, scene.practice.sessions,
                scene.practice.audit, java.time.Clock.fixed(Instant.parse("2026-12-02T17:05:00Z"), java.time.ZoneOffset.UTC));
        assertTrue(jpa.inTransaction(afterwards::moveOnBegunNextAppointments) >= 1);
        assertEquals(null, jpa.inTransaction(() -> scene.practice.couples.caseloadPage(scene.practice.first, ascending))
                .stream().filter(r -> r.getLabel().equals(scene.couple.getLabel())).findFirst().orElseThrow().getNextAppointmentAt());
    }
}
