package org.rebuildtrust.sessions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.rebuildtrust.couples.Couple;
import org.rebuildtrust.shared.BaseEntity;
import org.rebuildtrust.shared.BusinessRuleException;

/**
 * The therapist's private note while preparing the next session. It is open until the session is recorded as held,
 * then kept with that session. Never shown to the partners.
 */
@Entity
@Table(name = "session_prep_note")
public class PrepNote extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int TEXT_LENGTH = 4000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "couple_id", nullable = false)
    private Couple couple;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "held_session_id")
    private HeldSession heldSession;

    @Column(name = "author_account_id", nullable = false)
    private Long authorAccountId;

    @Column(nullable = false, length = TEXT_LENGTH)
    private String text;

    protected PrepNote() {
        // for JPA
    }

    PrepNote(Couple couple, long authorAccountId, String text) {
        this.couple = couple;
        this.authorAccountId = authorAccountId;
        write(text);
    }

    final void write(String newText) {
        if (newText == null || newText.isBlank()) {
            throw new BusinessRuleException("prepNote.empty", "prepNote");
        }
        if (newText.length() > TEXT_LENGTH) {
            throw new BusinessRuleException("prepNote.tooLong", "prepNote");
        }
        this.text = newText.strip();
    }

    void keepWith(HeldSession session) {
        this.heldSession = session;
    }

    public HeldSession getHeldSession() {
        return heldSession;
    }

    public String getText() {
        return text;
    }
}
