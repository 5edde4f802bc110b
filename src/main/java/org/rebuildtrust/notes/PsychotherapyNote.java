package org.rebuildtrust.notes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.rebuildtrust.appointments.Appointment;
import org.rebuildtrust.shared.BaseEntity;
import org.rebuildtrust.shared.BusinessRuleException;

/**
 * The therapist's own psychotherapy note of a session, kept apart from the progress note and from everything else:
 * only the therapist who wrote it ever reads it (not the admin, not the partners, no report or export).
 */
@Entity
@Table(name = "psychotherapy_note")
public class PsychotherapyNote extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "appointment_id", nullable = false, updatable = false)
    private Appointment appointment;

    @Column(name = "author_account_id", nullable = false, updatable = false)
    private Long authorAccountId;

    @Column(length = SessionNote.PART_LENGTH)
    private String text;

    protected PsychotherapyNote() {
        // for JPA
    }

    PsychotherapyNote(Appointment appointment, long authorAccountId) {
        this.appointment = appointment;
        this.authorAccountId = authorAccountId;
    }

    void write(String newText) {
        if (newText != null && newText.length() > SessionNote.PART_LENGTH) {
            throw new BusinessRuleException("note.tooLong", "psychotherapyNote", SessionNote.PART_LENGTH);
        }
        text = newText == null || newText.isBlank() ? null : newText;
    }

    public String getText() {
        return text;
    }
}
