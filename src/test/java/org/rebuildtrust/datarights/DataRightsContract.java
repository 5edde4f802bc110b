package org.rebuildtrust.datarights;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.rebuildtrust.audit.AuditAction;
import org.rebuildtrust.audit.AuditEntry;
import org.rebuildtrust.audit.AuditRecord;
import org.rebuildtrust.checkins.CheckIn;
import org.rebuildtrust.couples.Couple;
import org.rebuildtrust.couples.CoupleStatus;
import org.rebuildtrust.homework.Assignee;
import org.rebuildtrust.homework.Assignment;
import org.rebuildtrust.homework.AssignmentRequest;
import org.rebuildtrust.homework.Visibility;
import org.rebuildtrust.milestones.MilestoneKind;
import org.rebuildtrust.security.Actor;
import org.rebuildtrust.shared.BusinessRuleException;
import org.rebuildtrust.shared.RecordNotFoundException;
import org.rebuildtrust.shared.Texts;
import org.rebuildtrust.testsupport.DatabaseContract;
import org.rebuildtrust.testsupport.PracticeFixture;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Exporting everything about a couple, and erasing a closed couple, on a real database. */
abstract class DataRightsContract extends DatabaseContract {

    private final class Scene {
        final PracticeFixture practice = new PracticeFixture(jpa);
        final CoupleExportService exports = new CoupleExportService(practice.couples, practice.homework, practice.checkIns,
                practice.accountability, practice.milestones, practice.sessions, practice.reports, practice.appointments,
                practice.intakes, practice.notes, practice.audit, PracticeFixture.CLOCK);
        final CoupleErasureService erasure = new CoupleErasureService(jpa.em(), practice.couples, practice.audit);
        final Couple couple = practice.coupleOf(practice.first, practice.label("Rights"), "Ada", "Ben");
        final Couple other = practice.coupleOf(practice.first, practice.label("Untouched"), "Cy", "Di");
        final Actor ada = practice.portalLoginFor(couple, 1, "ada");
        final Actor cy = practice.portalLoginFor(other, 1, "cy");

        Scene() {
            AssignmentRequest request = new AssignmentRequest();
            request.setTemplateId(1L);
            request.setAssignee(Assignee.EACH_PARTNER);
            request.setVisibility(Visibility.PRIVATE);
            request.setDueDate(PracticeFixture.TODAY.plusDays(4));
            for (Actor partner : List.of(ada, cy)) {
                Couple whose = partner == ada ? couple : other;
                Assignment given = jpa.inTransaction(() -> practice.homework.assign(practice.first, whose.getId(), request)).get(0);
                practice.submitAnswer(partner, given, "Private words of " + partner.loginName());
                jpa.inTransaction(() -> practice.checkIns.checkIn(partner, new CheckIn.Ratings(4, 5, 6, 7, "Note of " + partner.loginName())));
                jpa.inTransaction(() -> practice.milestones.log(partner, MilestoneKind.OTHER, PracticeFixture.TODAY, "Moment of " + partner.loginName()));
            }
            jpa.inTransaction(() -> practice.appointments.recordHeldSession(practice.first, couple.getId(),
                    PracticeFixture.TODAY, true, false, false));
            org.rebuildtrust.appointments.AppointmentRequest weekly = new org.rebuildtrust.appointments.AppointmentRequest();
            weekly.setDay(PracticeFixture.TODAY.plusDays(3));
            weekly.setStart(java.time.LocalTime.of(18, 0));
            weekly.setEnd(java.time.LocalTime.of(18, 50));
            weekly.setPlace("Room of " + ada.loginName());
            weekly.setCadence(org.rebuildtrust.appointments.Cadence.WEEKLY);
            weekly.setCount(2);
            jpa.inTransaction(() -> practice.appointments.schedule(practice.first, couple.getId(), weekly, true));
            long held = jpa.inTransaction(() -> practice.appointments.ofCouple(practice.first, couple.getId())).stream()
                    .filter(a -> a.getStatus() == org.rebuildtrust.appointments.AppointmentStatus.HELD).findFirst().orElseThrow().getId();
            jpa.inTransaction(() -> practice.notes.saveDraft(practice.first, held, "What Ada said in the session", null, null, null));
            jpa.inTransaction(() -> practice.notes.savePsychotherapyNote(practice.first, held, "The therapist's own hunch", null));
            // Ada signed the practice's secrets policy: erasing the couple erases her signature too
            long policy = jpa.inTransaction(() -> practice.policies.publish(practice.admin, "Limited secrets.")).getId();
            jpa.inTransaction(() -> practice.policies.sign(ada, policy, "Ada"));
            // a reminder sent to Ada: erasing the couple erases that too
            new org.rebuildtrust.reminders.ReminderOutbox(jpa.dataSource()).queue(new org.rebuildtrust.reminders.ReminderDue(
                    org.rebuildtrust.reminders.ReminderKind.HOMEWORK_DUE, couple.partnerA().getId(), "2026-11-28",
                    ada.accountId(), "a@example.test", "ENGLISH", PracticeFixture.CLOCK.instant(), null),
                    PracticeFixture.CLOCK.instant());
        }

        void close(Couple which) {
            jpa.inTransaction(() -> {
                Couple edited = practice.couples.find(practice.first, which.getId());
                edited.setStatus(CoupleStatus.CLOSED);
                edited.setClosingDate(PracticeFixture.TODAY);
                return practice.couples.update(practice.first, edited);
            });
        }

        long rows(String sql, long id) {
            return jpa.inTransaction(() -> ((Number) jpa.em().createNativeQuery(sql).setParameter(1, id).getSingleResult()).longValue());
        }
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private static String text(Map<String, byte[]> files, String name) {
        return new String(files.get(name), StandardCharsets.UTF_8);
    }

    @Test
    void theExportHoldsEverythingAboutTheCoupleAndIsAudited() throws IOException {
        Scene scene = new Scene();
        byte[] zip = jpa.inTransaction(() -> scene.exports.export(scene.practice.first, scene.couple.getId(), Texts.in(Locale.ENGLISH)));
        Map<String, byte[]> files = unzip(zip);

        assertEquals(List.of("accountability.json", "appointments.json", "check-ins.json", "couple.json", "homework.json",
                "intakes.json", "milestones.json", "progress-report.pdf", "session-notes.json", "sessions.json"),
                List.copyOf(files.keySet()));
        assertTrue(text(files, "session-notes.json").contains("What Ada said in the session"), "the progress note");
        assertTrue(!String.join("", files.keySet().stream().filter(n -> n.endsWith(".json")).map(n -> text(files, n)).toList())
                .contains("The therapist's own hunch"), "never the psychotherapy note");
        JsonArray appointments = Json.createReader(new StringReader(text(files, "appointments.json"))).readArray();
        assertEquals(3, appointments.size(), "the held session and the two of the weekly series");
        assertEquals(List.of("SCHEDULED", "SCHEDULED", "HELD"), appointments.stream()
                .map(a -> a.asJsonObject().getString("status")).toList());
        assertEquals("Room of " + scene.ada.loginName(), appointments.getJsonObject(0).getString("place"));
        JsonObject couple = Json.createReader(new StringReader(text(files, "couple.json"))).readObject();
        assertEquals(scene.couple.getLabel(), couple.getString("label"));
        assertEquals(2, couple.getJsonArray("partners").size());
        JsonArray homework = Json.createReader(new StringReader(text(files, "homework.json"))).readArray();
        assertTrue(homework.toString().contains("Private words of " + scene.ada.loginName()), "private answers are in the staff export");
        assertTrue(text(files, "check-ins.json").contains("Note of " + scene.ada.loginName()));
        assertTrue(text(files, "milestones.json").contains("Moment of " + scene.ada.loginName()));
        assertEquals(1, Json.createReader(new StringReader(text(files, "sessions.json"))).readObject().getJsonArray("held").size());
        String all = String.join("", files.keySet().stream().filter(n -> n.endsWith(".json")).map(n -> text(files, n)).toList());
        assertTrue(!all.contains(scene.cy.loginName()), "nothing of another couple");
        assertTrue(new String(files.get("progress-report.pdf"), 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF-"));

        AuditEntry last = jpa.inTransaction(() -> jpa.em().createQuery("SELECT e FROM AuditEntry e ORDER BY e.id DESC",
                AuditEntry.class).setMaxResults(1).getSingleResult());
        assertEquals(AuditAction.EXPORT, last.getAction());
        assertEquals(scene.couple.getId(), last.getCoupleId());
        assertThrows(RecordNotFoundException.class, () -> jpa.inTransaction(() ->
                scene.exports.export(scene.practice.second, scene.couple.getId(), Texts.in(Locale.ENGLISH))), "not another therapist");
        assertThrows(RecordNotFoundException.class, () -> jpa.inTransaction(() ->
                scene.exports.export(scene.ada, scene.couple.getId(), Texts.in(Locale.ENGLISH))), "not a partner");
    }

    @Test
    void aClosedCoupleIsErasedByAnAdminWhoTypesItsNameAndTheTrailKeepsThatItHappened() {
        Scene scene = new Scene();
        long id = scene.couple.getId();
        assertEquals("erasure.notClosed", assertThrows(BusinessRuleException.class, () -> jpa.inTransaction(() -> {
            scene.erasure.erase(scene.practice.admin, id, scene.couple.getLabel());
            return null;
        })).getMessageKey());
        scene.close(scene.couple);
        assertThrows(RecordNotFoundException.class, () -> jpa.inTransaction(() -> {
            scene.erasure.erase(scene.practice.first, id, scene.couple.getLabel());
            return null;
        }), "therapists cannot erase");
        assertEquals("erasure.nameMismatch", assertThrows(BusinessRuleException.class, () -> jpa.inTransaction(() -> {
            scene.erasure.erase(scene.practice.admin, id, "Some other couple");
            return null;
        })).getMessageKey());
        assertEquals(1, scene.rows("SELECT COUNT(*) FROM couple WHERE id = ?1", id), "a refusal deletes nothing");

        jpa.inTransaction(() -> {
            scene.erasure.erase(scene.practice.admin, id, "  " + scene.couple.getLabel() + " ");
            return null;
        });

        for (String table : List.of("couple WHERE id", "partner WHERE couple_id", "assignment WHERE couple_id",
                "milestone WHERE couple_id", "held_session WHERE couple_id", "accountability_entry WHERE couple_id",
                "appointment WHERE couple_id", "appointment_series WHERE couple_id", "session_note WHERE couple_id")) {
            assertEquals(0, scene.rows("SELECT COUNT(*) FROM " + table + " = ?1", id), table);
        }
        assertEquals(0, scene.rows("SELECT COUNT(*) FROM user_account WHERE id = ?1", scene.ada.accountId()), "Ada's login is gone");
        assertEquals(0, scene.rows("SELECT COUNT(*) FROM reminder WHERE recipient_account_id = ?1", scene.ada.accountId()),
                "and the reminders sent to her");
        assertEquals(1, scene.rows("SELECT COUNT(*) FROM couple WHERE id = ?1", scene.other.getId()), "the other couple stays");
        assertEquals(1, scene.rows("SELECT COUNT(*) FROM check_in c JOIN partner p ON c.partner_id = p.id WHERE p.couple_id = ?1",
                scene.other.getId()));
        assertEquals(1, scene.rows("SELECT COUNT(*) FROM audit_entry WHERE couple_id = ?1 AND action = 'DELETE'"
                + " AND record_type = '" + AuditRecord.COUPLE + "'", id), "the erasure is in the trail");
        assertTrue(jpa.inTransaction(() -> scene.practice.audit.verify(scene.practice.admin)).isIntact());
    }
}
