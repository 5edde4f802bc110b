package org.rebuildtrust.notes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.rebuildtrust.shared.BaseEntity;
import org.rebuildtrust.shared.BusinessRuleException;

import java.time.Instant;

/** A dated correction or addition to a signed progress note; it never changes once added. */
@Entity
@Table(name = "note_addendum")
public class NoteAddendum extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int TEXT_LENGTH = 4000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_note_id", nullable = false, updatable = false)
    private SessionNote note;

    @Column(name = "author_account_id", nullable = false, updatable = false)
    private Long authorAccountId;

    @Column(nullable = false, length = TEXT_LENGTH, updatable = false)
    private String text;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    protected NoteAddendum() {
        // for JPA
    }

    NoteAddendum(SessionNote note, long authorAccountId, String text, Instant addedAt) {
        if (text == null || text.isBlank()) {
            throw new BusinessRuleException("note.addendumEmpty", "addendum");
        }
        if (text.length() > TEXT_LENGTH) {
            throw new BusinessRuleException("note.tooLong", "addendum", TEXT_LENGTH);
        }
        this.note = note;
        this.authorAccountId = authorAccountId;
        this.text = text;
        this.addedAt = addedAt;
    }

    public String getText() {
        return text;
    }

    public Instant getAddedAt() {
        return addedAt;
    }
}
