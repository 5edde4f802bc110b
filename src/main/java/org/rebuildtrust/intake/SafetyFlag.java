package org.rebuildtrust.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.rebuildtrust.couples.Couple;
import org.rebuildtrust.shared.BaseEntity;
import org.rebuildtrust.shared.BusinessRuleException;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A safety flag raised by a partner's screen. Until the therapist records a decision with a dated note, the couple
 * gets no joint or reveal-together homework. Seen only on the therapist's pages.
 */
@Entity
@Table(name = "safety_flag")
public class SafetyFlag extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int NOTE_LENGTH = 4000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "couple_id", nullable = false)
    private Couple couple;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "intake_id", nullable = false)
    private Intake intake;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @Column(name = "decision_note", length = NOTE_LENGTH)
    private String decisionNote;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by_account_id")
    private Long decidedByAccountId;

    protected SafetyFlag() {
        // for JPA
    }

    SafetyFlag(Couple couple, Intake intake, Instant raisedAt) {
        this.couple = couple;
        this.intake = intake;
        this.raisedAt = raisedAt;
    }

    /** The therapist's decision: what they will do, dated; once recorded it stands (a new screen raises a new flag). */
    void decide(String note, LocalDate on, long accountId, Instant now, LocalDate today) {
        if (decidedAt != null) {
            throw new BusinessRuleException("safety.alreadyDecided");
        }
        if (note == null || note.isBlank()) {
            throw new BusinessRuleException("safety.noteMissing", "decisionNote");
        }
        if (note.length() > NOTE_LENGTH) {
            throw new BusinessRuleException("safety.noteTooLong", "decisionNote", NOTE_LENGTH);
        }
        if (on == null || on.isAfter(today) || on.isBefore(raisedAt.atZone(java.time.ZoneOffset.UTC).toLocalDate().minusDays(1))) {
            throw new BusinessRuleException("safety.decidedOnRange", "decidedOn");
        }
        this.decisionNote = note.strip();
        this.decidedOn = on;
        this.decidedAt = now;
        this.decidedByAccountId = accountId;
    }

    public boolean isDecided() {
        return decidedAt != null;
    }

    public Couple getCouple() {
        return couple;
    }

    public Intake getIntake() {
        return intake;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
