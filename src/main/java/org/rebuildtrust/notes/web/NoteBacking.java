package org.rebuildtrust.notes.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import org.rebuildtrust.appointments.Appointment;
import org.rebuildtrust.homework.Assignment;
import org.rebuildtrust.notes.NoteAddendum;
import org.rebuildtrust.notes.NoteService;
import org.rebuildtrust.notes.PsychotherapyNote;
import org.rebuildtrust.notes.SessionNote;
import org.rebuildtrust.security.CurrentActor;
import org.rebuildtrust.shared.BusinessRuleException;
import org.rebuildtrust.shared.Ids;
import org.rebuildtrust.shared.web.Messages;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The note page of a held appointment: the progress note (DAP) saved as the therapist types, signed and then only
 * added to; the therapist's own psychotherapy note beside it. The admin reads the progress note only.
 */
@Named
@ViewScoped
public class NoteBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient NoteService notes;

    @Inject
    transient CurrentActor currentActor;

    private String appointmentParam;
    private long appointmentId;
    private long coupleId;
    private String coupleLabel;
    private Instant startsAt;
    private Long noteVersion;
    private boolean signed;
    private Instant signedAt;
    private String data;
    private String assessment;
    private String plan;
    private List<NoteAddendum> addenda = List.of();
    private List<String> homework = List.of();
    private String addendum;
    private boolean writer;
    private Long psychVersion;
    private String psychotherapyNote;
    private Instant savedAt;

    public void load() {
        appointmentId = Ids.parse("Appointment", appointmentParam);
        Appointment appointment = notes.heldAppointment(currentActor.require(), appointmentId);
        coupleId = appointment.getCouple().getId();
        coupleLabel = appointment.getCouple().getLabel();
        startsAt = appointment.getStartsAt();
        writer = currentActor.require().isTherapist();
        notes.progressNote(currentActor.require(), appointmentId).ifPresent(this::show);
        homework = notes.homeworkSincePrevious(currentActor.require(), appointmentId).stream()
                .map(Assignment::getTemplate).map(t -> t.getTitle()).toList();
        if (writer) {
            notes.myPsychotherapyNote(currentActor.require(), appointmentId).ifPresent(n -> {
                psychVersion = n.getVersion();
                psychotherapyNote = n.getText();
            });
        }
    }

    private void show(SessionNote note) {
        noteVersion = note.getVersion();
        signed = note.isSigned();
        signedAt = note.getSignedAt();
        data = note.getData();
        assessment = note.getAssessment();
        plan = note.getPlan();
        addenda = List.copyOf(note.getAddenda());
    }

    /** Saves the draft while the therapist types (quietly: the page shows when it was saved). */
    public void autosave() {
        save(false);
    }

    public void saveNote() {
        save(true);
    }

    private void save(boolean say) {
        try {
            show(notes.saveDraft(currentActor.require(), appointmentId, data, assessment, plan, noteVersion));
            savedAt = Instant.now();
            if (say) {
                Messages.info("note.saved");
            }
        } catch (BusinessRuleException refusal) {
            Messages.refused(refusal, "noteForm");
        } catch (OptimisticLockException lostRace) {
            Messages.refused(lostRace);
        }
    }

    public void signNote() {
        try {
            show(notes.saveDraft(currentActor.require(), appointmentId, data, assessment, plan, noteVersion));
            show(notes.sign(currentActor.require(), appointmentId, noteVersion));
            Messages.info("note.signedDone");
        } catch (BusinessRuleException refusal) {
            Messages.refused(refusal, "noteForm");
        } catch (OptimisticLockException lostRace) {
            Messages.refused(lostRace);
        }
    }

    public void addAddendum() {
        try {
            notes.addAddendum(currentActor.require(), appointmentId, addendum);
            addendum = null;
            notes.progressNote(currentActor.require(), appointmentId).ifPresent(this::show);
            Messages.info("note.addendumAdded");
        } catch (BusinessRuleException refusal) {
            Messages.refused(refusal, "addendumForm");
        }
    }

    public void savePsychotherapyNote() {
        try {
            PsychotherapyNote saved = notes.savePsychotherapyNote(currentActor.require(), appointmentId,
                    psychotherapyNote, psychVersion);
            psychVersion = saved.getVersion();
            Messages.info("note.psychotherapySaved");
        } catch (BusinessRuleException refusal) {
            Messages.refused(refusal, "psychotherapyForm");
        } catch (OptimisticLockException lostRace) {
            Messages.refused(lostRace);
        }
    }

    public String getAppointmentParam() {
        return appointmentParam;
    }

    public void setAppointmentParam(String appointmentParam) {
        this.appointmentParam = appointmentParam;
    }

    public long getCoupleId() {
        return coupleId;
    }

    public String getCoupleLabel() {
        return coupleLabel;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public boolean isSigned() {
        return signed;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public boolean isWriter() {
        return writer;
    }

    public String getData() {
        return data;
    }

    public void setData(String data) {
        this.data = data;
    }

    public String getAssessment() {
        return assessment;
    }

    public void setAssessment(String assessment) {
        this.assessment = assessment;
    }

    public String getPlan() {
        return plan;
    }

    public void setPlan(String plan) {
        this.plan = plan;
    }

    public List<NoteAddendum> getAddenda() {
        return addenda;
    }

    public List<String> getHomework() {
        return homework;
    }

    public String getAddendum() {
        return addendum;
    }

    public void setAddendum(String addendum) {
        this.addendum = addendum;
    }

    public String getPsychotherapyNote() {
        return psychotherapyNote;
    }

    public void setPsychotherapyNote(String psychotherapyNote) {
        this.psychotherapyNote = psychotherapyNote;
    }

    public Instant getSavedAt() {
        return savedAt;
    }
}
