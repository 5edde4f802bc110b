package org.rebuildtrust.notes;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.rebuildtrust.appointments.Appointment;
import org.rebuildtrust.couples.Couple;
import org.rebuildtrust.shared.BaseEntity;
import org.rebuildtrust.shared.BusinessRuleException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The progress note of a held appointment, in DAP form: what happened (data), the therapist's assessment, and the
 * plan. A draft while the therapist writes; signed, it is locked for good and corrected only by dated addenda.
 */
@Entity
@Table(name = "session_note")
public class SessionNote extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int PART_LENGTH = 8000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "appointment_id", nullable = false, updatable = false)
    private Appointment appointment;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "couple_id", nullable = false, updatable = false)
    private Couple couple;

    @Column(name = "author_account_id", nullable = false, updatable = false)
    private Long authorAccountId;

    @Column(name = "data_text", length = PART_LENGTH)
    private String data;

    @Column(name = "assessment_text", length = PART_LENGTH)
    private String assessment;

    @Column(name = "plan_text", length = PART_LENGTH)
    private String plan;

    @Column(name = "signed_at")
    private Instant signedAt;

    @OneToMany(mappedBy = "note", cascade = CascadeType.PERSIST)
    @OrderBy("addedAt")
    private List<NoteAddendum> addenda = new ArrayList<>();

    protected SessionNote() {
        // for JPA
    }

    SessionNote(Appointment appointment, long authorAccountId) {
        this.appointment = appointment;
        this.couple = appointment.getCouple();
        this.authorAccountId = authorAccountId;
    }

    void write(String data, String assessment, String plan) {
        requireDraft();
        this.data = limited(data, "data");
        this.assessment = limited(assessment, "assessment");
        this.plan = limited(plan, "plan");
    }

    void sign(Instant now) {
        requireDraft();
        if (data == null && assessment == null && plan == null) {
            throw new BusinessRuleException("note.empty");
        }
        signedAt = now;
    }

    NoteAddendum addAddendum(long authorAccountId, String text, Instant now) {
        if (!isSigned()) {
            throw new BusinessRuleException("note.addendumBeforeSigning");
        }
        NoteAddendum addendum = new NoteAddendum(this, authorAccountId, text, now);
        addenda.add(addendum);
        return addendum;
    }

    private void requireDraft() {
        if (isSigned()) {
            throw new BusinessRuleException("note.signedLocked");
        }
    }

    private static String limited(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > PART_LENGTH) {
            throw new BusinessRuleException("note.tooLong", field, PART_LENGTH);
        }
        return text;
    }

    public boolean isSigned() {
        return signedAt != null;
    }

    public Appointment getAppointment() {
        return appointment;
    }

    public Couple getCouple() {
        return couple;
    }

    public Long getAuthorAccountId() {
        return authorAccountId;
    }

    public String getData() {
        return data;
    }

    public String getAssessment() {
        return assessment;
    }

    public String getPlan() {
        return plan;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public List<NoteAddendum> getAddenda() {
        return addenda;
    }
}
