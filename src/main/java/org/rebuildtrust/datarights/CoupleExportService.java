package org.rebuildtrust.datarights;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import org.rebuildtrust.accountability.AccountabilityEntry;
import org.rebuildtrust.accountability.AccountabilityService;
import org.rebuildtrust.audit.AuditAction;
import org.rebuildtrust.audit.AuditRecord;
import org.rebuildtrust.audit.AuditTrail;
import org.rebuildtrust.checkins.CheckIn;
import org.rebuildtrust.checkins.CheckInService;
import org.rebuildtrust.couples.Couple;
import org.rebuildtrust.couples.CoupleService;
import org.rebuildtrust.couples.Partner;
import org.rebuildtrust.homework.Answer;
import org.rebuildtrust.homework.Assignment;
import org.rebuildtrust.homework.HomeworkService;
import org.rebuildtrust.homework.Prompt;
import org.rebuildtrust.milestones.Milestone;
import org.rebuildtrust.milestones.MilestoneReply;
import org.rebuildtrust.milestones.MilestoneService;
import org.rebuildtrust.report.ProgressReportPdf;
import org.rebuildtrust.report.ReportPeriod;
import org.rebuildtrust.report.ReportService;
import org.rebuildtrust.security.Actor;
import org.rebuildtrust.sessions.HeldSession;
import org.rebuildtrust.appointments.Appointment;
import org.rebuildtrust.appointments.AppointmentService;
import org.rebuildtrust.intake.Intake;
import org.rebuildtrust.intake.IntakeService;
import org.rebuildtrust.intake.SafetyFlag;
import org.rebuildtrust.notes.NoteService;
import org.rebuildtrust.notes.SessionNote;
import org.rebuildtrust.sessions.SessionService;
import org.rebuildtrust.shared.Texts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Everything recorded about a couple, for the couple's right of access or a transfer of care: a ZIP with one JSON file
 * per kind of record (both partners' details, every homework answer with feedback, check-ins, accountability entries,
 * milestones with replies, sessions with the therapist's notes) and the therapist's copy of the progress report over
 * the whole of therapy. Staff only, since it holds what each partner keeps private; every export is audited.
 */
@ApplicationScoped
@Transactional
public class CoupleExportService {

    private static final JsonWriterFactory PRETTY = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

    @Inject
    CoupleService couples;

    @Inject
    HomeworkService homework;

    @Inject
    CheckInService checkIns;

    @Inject
    AccountabilityService accountability;

    @Inject
    MilestoneService milestones;

    @Inject
    SessionService sessions;

    @Inject
    ReportService reports;

    @Inject
    AppointmentService appointments;

    @Inject
    IntakeService intakes;

    @Inject
    NoteService notes;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    protected CoupleExportService() {
        // for CDI
    }

    public CoupleExportService(CoupleService couples, HomeworkService homework, CheckInService checkIns,
                               AccountabilityService accountability, MilestoneService milestones, SessionService sessions,
                               ReportService reports, AppointmentService appointments, IntakeService intakes,
                               NoteService notes, AuditTrail audit, Clock clock) {
        this.notes = notes;
        this.appointments = appointments;
        this.intakes = intakes;
        this.couples = couples;
        this.homework = homework;
        this.checkIns = checkIns;
        this.accountability = accountability;
        this.milestones = milestones;
        this.sessions = sessions;
        this.reports = reports;
        this.audit = audit;
        this.clock = clock;
    }

    /** The ZIP's bytes. */
    public byte[] export(@NotNull Actor staff, long coupleId, @NotNull Texts words) {
        Couple couple = couples.findInCare(staff, coupleId);
        LocalDate today = LocalDate.now(clock);
        LocalDate start = couple.getStartDate().isAfter(today) ? today : couple.getStartDate();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            json(zip, "couple.json", couple(couple));
            json(zip, "homework.json", homework(homework.assignmentsOf(staff, coupleId)));
            json(zip, "check-ins.json", checkIns(checkIns.ofCouple(staff, coupleId)));
            json(zip, "accountability.json", accountability(accountability.entriesInCare(staff, coupleId,
                    LocalDate.of(1900, 1, 1), LocalDate.of(9999, 12, 31))));
            json(zip, "milestones.json", milestones(milestones.ofCouple(staff, coupleId)));
            json(zip, "sessions.json", sessions(staff, coupleId));
            json(zip, "appointments.json", appointments(staff, coupleId));
            json(zip, "intakes.json", intakes(staff, coupleId));
            json(zip, "session-notes.json", sessionNotes(staff, coupleId));
            zip.putNextEntry(new ZipEntry("progress-report.pdf"));
            zip.write(ProgressReportPdf.write(reports.therapistCopy(staff, coupleId, new ReportPeriod(start, today)),
                    words, clock.getZone()));
            zip.closeEntry();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        audit.record(staff, AuditAction.EXPORT, AuditRecord.COUPLE, coupleId, coupleId, "all data (ZIP)");
        return bytes.toByteArray();
    }

    private static void json(ZipOutputStream zip, String name, JsonValue value) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        OutputStream entry = new NonClosing(zip);
        try (JsonWriter writer = PRETTY.createWriter(entry, java.nio.charset.StandardCharsets.UTF_8)) {
            writer.write(value);
        }
        zip.closeEntry();
    }

    private static JsonValue couple(Couple couple) {
        JsonArrayBuilder partners = Json.createArrayBuilder();
        for (Partner partner : couple.getPartners()) {
            partners.add(object()
                    .add("id", partner.getId())
                    .add("seat", partner.getSeat())
                    .add("name", partner.getFullName())
                    .add("email", text(partner.getEmail()))
                    .add("roleInRecovery", String.valueOf(partner.getRecoveryRole()))
                    .add("emailLanguage", partner.emailLanguage().getTag())
                    .add("hasPortalLogin", partner.hasPortalAccount()));
        }
        return object()
                .add("id", couple.getId())
                .add("label", couple.getLabel())
                .add("status", couple.getStatus().name())
                .add("infidelity", String.valueOf(couple.getInfidelityKind()))
                .add("discoveryDate", text(couple.getDiscoveryDate()))
                .add("startDate", text(couple.getStartDate()))
                .add("closingDate", text(couple.getClosingDate()))
                .add("summary", text(couple.getSummary()))
                .add("therapist", couple.getTherapist().getDisplayName())
                .add("partners", partners)
                .build();
    }

    private static JsonValue homework(List<Assignment> assignments) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (Assignment assignment : assignments) {
            JsonArrayBuilder answers = Json.createArrayBuilder();
            for (Answer answer : assignment.getAnswers()) {
                Map<Long, String> texts = answer.valueTexts();
                JsonArrayBuilder values = Json.createArrayBuilder();
                for (Prompt prompt : assignment.getTemplate().getPrompts()) {
                    if (texts.get(prompt.getId()) != null) {
                        values.add(object().add("question", prompt.getQuestion()).add("answer", texts.get(prompt.getId())));
                    }
                }
                answers.add(object()
                        .add("writtenBy", answer.isJoint() ? "both partners together" : answer.getPartner().getFullName())
                        .add("status", answer.getStatus().name())
                        .add("submittedAt", text(answer.getSubmittedAt()))
                        .add("reviewedAt", text(answer.getReviewedAt()))
                        .add("feedback", text(answer.getFeedback()))
                        .add("values", values));
            }
            list.add(object()
                    .add("id", assignment.getId())
                    .add("template", assignment.getTemplate().getTitle())
                    .add("visibility", assignment.getVisibility().name())
                    .add("dueDate", text(assignment.getDueDate()))
                    .add("cancelled", assignment.isCancelled())
                    .add("personalInstructions", text(assignment.getPersonalInstructions()))
                    .add("answers", answers));
        }
        return list.build();
    }

    private static JsonValue checkIns(List<CheckIn> checkIns) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (CheckIn c : checkIns) {
            list.add(object()
                    .add("partner", c.getPartner().getFullName())
                    .add("weekOf", text(c.getWeekStart()))
                    .add("checkedInOn", text(c.getCheckedInOn()))
                    .add("trust", c.getTrust())
                    .add("feelingSafe", c.getSafety())
                    .add("emotionalConnection", c.getConnection())
                    .add("communication", c.getCommunication())
                    .add("note", text(c.getNote())));
        }
        return list.build();
    }

    private static JsonValue accountability(List<AccountabilityEntry> entries) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (AccountabilityEntry e : entries) {
            list.add(object()
                    .add("date", text(e.getEntryDate()))
                    .add("tableOf", e.getInvolvedPartner().getFullName())
                    .add("step", e.getStep().name())
                    .add("kind", e.getKind().name())
                    .add("author", e.getAuthorPartner() == null ? "therapist" : e.getAuthorPartner().getFullName())
                    .add("rating", e.getRating() == null ? JsonValue.NULL : Json.createValue(e.getRating()))
                    .add("assessment", e.getAssessment() == null ? JsonValue.NULL : Json.createValue(e.getAssessment().name()))
                    .add("text", text(e.getText()))
                    .add("sharedWithInvolvedPartner", e.isShared()));
        }
        return list.build();
    }

    private static JsonValue milestones(List<Milestone> milestones) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (Milestone m : milestones) {
            JsonArrayBuilder replies = Json.createArrayBuilder();
            for (MilestoneReply reply : m.getReplies()) {
                replies.add(object().add("partner", reply.getPartner().getFullName()).add("words", reply.getWords()));
            }
            list.add(object()
                    .add("happenedOn", text(m.getHappenedOn()))
                    .add("kind", m.getKind().name())
                    .add("partner", m.getPartner().getFullName())
                    .add("words", m.getWords())
                    .add("replies", replies));
        }
        return list.build();
    }

    /** The progress notes with their addenda; psychotherapy notes are their writer's alone and never exported. */
    private JsonValue sessionNotes(Actor staff, long coupleId) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (SessionNote note : notes.progressNotesOfCouple(staff, coupleId)) {
            JsonArrayBuilder addenda = Json.createArrayBuilder();
            note.getAddenda().forEach(a -> addenda.add(object().add("addedAt", a.getAddedAt().toString()).add("text", a.getText())));
            list.add(object()
                    .add("session", note.getAppointment().getStartsAt().toString())
                    .add("data", text(note.getData()))
                    .add("assessment", text(note.getAssessment()))
                    .add("plan", text(note.getPlan()))
                    .add("signedAt", text(note.getSignedAt()))
                    .add("addenda", addenda));
        }
        return list.build();
    }

    /** Each partner's sent intake with its safety screen, and the couple's safety flags with their decisions. */
    private JsonValue intakes(Actor staff, long coupleId) {
        JsonArrayBuilder sent = Json.createArrayBuilder();
        for (Intake intake : intakes.sentOfCouple(staff, coupleId)) {
            sent.add(object()
                    .add("partner", intake.getPartner().getFullName())
                    .add("sentAt", intake.getSubmittedAt().toString())
                    .add("phone", text(intake.getPhone()))
                    .add("bestTime", text(intake.getBestTime()))
                    .add("hopes", text(intake.getHopes()))
                    .add("story", text(intake.getStory()))
                    .add("violence", intake.getScreenViolence())
                    .add("threats", intake.getScreenThreats())
                    .add("control", intake.getScreenControl())
                    .add("fear", intake.getScreenFear())
                    .add("screenWords", text(intake.getScreenWords())));
        }
        JsonArrayBuilder flags = Json.createArrayBuilder();
        for (SafetyFlag flag : intakes.flagsOfCouple(staff, coupleId)) {
            flags.add(object()
                    .add("raisedAt", flag.getRaisedAt().toString())
                    .add("raisedByScreenOf", flag.getIntake().getPartner().getFullName())
                    .add("decidedOn", text(flag.getDecidedOn()))
                    .add("decision", text(flag.getDecisionNote())));
        }
        return object().add("intakes", sent).add("safetyFlags", flags).build();
    }

    /** Every appointment of the couple, latest first, with its time both as an instant and in the practice's zone. */
    private JsonValue appointments(Actor staff, long coupleId) {
        java.time.ZoneId zone = appointments.zoneOf(staff);
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (Appointment appointment : appointments.ofCouple(staff, coupleId)) {
            list.add(object()
                    .add("startsAt", appointment.getStartsAt().toString())
                    .add("startsAtLocal", appointment.isTimeKnown()
                            ? appointment.getStartsAt().atZone(zone).toLocalDateTime().toString()
                            : appointment.getStartsAt().atZone(zone).toLocalDate().toString())
                    .add("timeZone", zone.getId())
                    .add("durationMinutes", appointment.getDurationMinutes())
                    .add("kind", appointment.getKind().name())
                    .add("partner", text(appointment.getPartner() == null ? null : appointment.getPartner().getFullName()))
                    .add("place", text(appointment.getPlace()))
                    .add("status", appointment.getStatus().name())
                    .add("partnerAAttended", appointment.isPartnerAAttended())
                    .add("partnerBAttended", appointment.isPartnerBAttended())
                    .add("series", appointment.isInSeries() ? appointment.getSeries().getCadence().name() : "NONE"));
        }
        return list.build();
    }

    private JsonValue sessions(Actor staff, long coupleId) {
        Map<Long, String> kept = sessions.keptNotes(staff, coupleId);
        JsonArrayBuilder held = Json.createArrayBuilder();
        for (HeldSession session : sessions.ofCouple(staff, coupleId)) {
            held.add(object()
                    .add("heldOn", text(session.getHeldOn()))
                    .add("partnerAAttended", session.isPartnerAAttended())
                    .add("partnerBAttended", session.isPartnerBAttended())
                    .add("preparationNote", text(kept.get(session.getId()))));
        }
        return object()
                .add("held", held)
                .add("openPreparationNote", text(sessions.prepNote(staff, coupleId).map(n -> n.getText()).orElse(null)))
                .build();
    }

    private static JsonObjectBuilder object() {
        return Json.createObjectBuilder();
    }

    private static JsonValue text(Object value) {
        return value == null ? JsonValue.NULL : Json.createValue(value.toString());
    }

    /** Lets a JSON writer be closed without closing the ZIP it writes into. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
