package org.rebuildtrust.milestones;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.rebuildtrust.couples.Partner;
import org.rebuildtrust.shared.BaseEntity;

/** A partner's words in answer to a milestone. */
@Entity
@Table(name = "milestone_reply")
public class MilestoneReply extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "milestone_id", nullable = false)
    private Milestone milestone;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_id", nullable = false)
    private Partner partner;

    @Column(nullable = false, length = Milestone.WORDS_LENGTH)
    private String words;

    protected MilestoneReply() {
        // for JPA
    }

    MilestoneReply(Milestone milestone, Partner partner, String words) {
        this.milestone = milestone;
        this.partner = partner;
        this.words = words;
    }

    public Partner getPartner() {
        return partner;
    }

    public String getWords() {
        return words;
    }
}
