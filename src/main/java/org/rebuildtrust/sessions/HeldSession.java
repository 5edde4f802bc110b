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

import java.time.LocalDate;

/** A therapy session that took place; the newest one is the boundary of "since the last session". */
@Entity
@Table(name = "held_session")
public class HeldSession extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "couple_id", nullable = false)
    private Couple couple;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(name = "partner_a_attended", nullable = false)
    private boolean partnerAAttended;

    @Column(name = "partner_b_attended", nullable = false)
    private boolean partnerBAttended;

    @Column(name = "recorded_by_account_id", nullable = false)
    private Long recordedByAccountId;

    protected HeldSession() {
        // for JPA
    }

    HeldSession(Couple couple, LocalDate heldOn, boolean partnerAAttended, boolean partnerBAttended,
                long recordedByAccountId, LocalDate today) {
        if (heldOn == null || heldOn.isAfter(today)) {
            throw new BusinessRuleException("session.date", "heldOn");
        }
        if (!partnerAAttended && !partnerBAttended) {
            throw new BusinessRuleException("session.nobody");
        }
        this.couple = couple;
        this.heldOn = heldOn;
        this.partnerAAttended = partnerAAttended;
        this.partnerBAttended = partnerBAttended;
        this.recordedByAccountId = recordedByAccountId;
    }

    public Couple getCouple() {
        return couple;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public boolean isPartnerAAttended() {
        return partnerAAttended;
    }

    public boolean isPartnerBAttended() {
        return partnerBAttended;
    }
}
