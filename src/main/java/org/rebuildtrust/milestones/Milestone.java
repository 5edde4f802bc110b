package org.rebuildtrust.milestones;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.rebuildtrust.couples.Couple;
import org.rebuildtrust.couples.Partner;
import org.rebuildtrust.shared.BaseEntity;
import org.rebuildtrust.shared.BusinessRuleException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A moment worth celebrating, logged by one partner and seen by both (and the therapist), who can reply. */
@Entity
@Table(name = "milestone")
public class Milestone extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int WORDS_LENGTH = 500;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "couple_id", nullable = false)
    private Couple couple;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_id", nullable = false)
    private Partner partner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private MilestoneKind kind;

    @Column(name = "happened_on", nullable = false)
    private LocalDate happenedOn;

    @Column(nullable = false, length = WORDS_LENGTH)
    private String words;

    @OneToMany(mappedBy = "milestone", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<MilestoneReply> replies = new ArrayList<>();

    protected Milestone() {
        // for JPA
    }

    Milestone(Partner author, MilestoneKind kind, LocalDate happenedOn, String words, LocalDate today) {
        if (kind == null) {
            throw new BusinessRuleException("milestone.kind", "kind");
        }
        if (happenedOn == null || happenedOn.isAfter(today)) {
            throw new BusinessRuleException("milestone.date", "happenedOn");
        }
        this.couple = author.getCouple();
        this.partner = author;
        this.kind = kind;
        this.happenedOn = happenedOn;
        this.words = checkedWords(words);
    }

    void reply(Partner author, String replyWords) {
        replies.add(new MilestoneReply(this, author, checkedWords(replyWords)));
    }

    private static String checkedWords(String text) {
        if (text == null || text.isBlank()) {
            throw new BusinessRuleException("milestone.words", "words");
        }
        if (text.length() > WORDS_LENGTH) {
            throw new BusinessRuleException("milestone.wordsTooLong", "words");
        }
        return text.strip();
    }

    public Couple getCouple() {
        return couple;
    }

    public Partner getPartner() {
        return partner;
    }

    public MilestoneKind getKind() {
        return kind;
    }

    public LocalDate getHappenedOn() {
        return happenedOn;
    }

    public String getWords() {
        return words;
    }

    public List<MilestoneReply> getReplies() {
        return replies;
    }
}
