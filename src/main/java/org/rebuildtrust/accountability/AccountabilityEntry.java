package org.rebuildtrust.accountability;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.rebuildtrust.couples.Couple;
import org.rebuildtrust.couples.Partner;
import org.rebuildtrust.homework.Answer;
import org.rebuildtrust.shared.BaseEntity;
import org.rebuildtrust.shared.BusinessRuleException;

import java.time.LocalDate;

/**
 * One dated entry of an involved partner's accountability table. Entries are never changed: each new rating,
 * action or assessment is a new entry, and the table shows the latest of each with its trend.
 */
@Entity
@Table(name = "accountability_entry")
public class AccountabilityEntry extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int TEXT_LENGTH = 2000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "couple_id", nullable = false)
    private Couple couple;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "involved_partner_id", nullable = false)
    private Partner involvedPartner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private AccountabilityStep step;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EntryKind kind;

    @Column(name = "entry_date", nullable = false)
    private LocalDate entryDate;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "author_partner_id")
    private Partner authorPartner;

    @Column(name = "author_account_id", nullable = false)
    private Long authorAccountId;

    private Integer rating;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Assessment assessment;

    @Column(length = TEXT_LENGTH)
    private String text;

    /** For evidence: the submitted homework answer it points at, if any. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "answer_id")
    private Answer answer;

    /** For the hurt partner's comment: whether the involved partner may read it. */
    @Column(nullable = false)
    private boolean shared;

    protected AccountabilityEntry() {
        // for JPA
    }

    private AccountabilityEntry(Partner involved, AccountabilityStep step, EntryKind kind, LocalDate date,
                                Partner author, long authorAccountId) {
        if (step == null) {
            throw new BusinessRuleException("accountability.error.step", "step");
        }
        this.couple = involved.getCouple();
        this.involvedPartner = involved;
        this.step = step;
        this.kind = kind;
        this.entryDate = date;
        this.authorPartner = author;
        this.authorAccountId = authorAccountId;
    }

    static AccountabilityEntry evidence(Partner involved, AccountabilityStep step, LocalDate date, String whatIDid,
                                        Answer linkedAnswer, long accountId, LocalDate today) {
        if (date == null || date.isAfter(today)) {
            throw new BusinessRuleException("accountability.futureDate", "evidenceDate");
        }
        AccountabilityEntry entry = new AccountabilityEntry(involved, step, EntryKind.EVIDENCE, date, involved, accountId);
        entry.text = requiredText(whatIDid);
        entry.answer = linkedAnswer;
        return entry;
    }

    static AccountabilityEntry rating(Partner involved, AccountabilityStep step, EntryKind kind, Partner author,
                                      Integer rating, String comment, boolean shared, long accountId, LocalDate today) {
        if (!org.rebuildtrust.shared.Rating.isValid(rating)) {
            throw new BusinessRuleException("accountability.range", "rating");
        }
        AccountabilityEntry entry = new AccountabilityEntry(involved, step, kind, today, author, accountId);
        entry.rating = rating;
        entry.text = optionalText(comment);
        entry.shared = kind == EntryKind.SELF_RATING || shared;
        return entry;
    }

    static AccountabilityEntry assessment(Partner involved, AccountabilityStep step, Assessment assessment, String note,
                                          long accountId, LocalDate today) {
        if (assessment == null) {
            throw new BusinessRuleException("accountability.error.assessment", "assessment");
        }
        AccountabilityEntry entry = new AccountabilityEntry(involved, step, EntryKind.ASSESSMENT, today, null, accountId);
        entry.assessment = assessment;
        entry.text = optionalText(note);
        entry.shared = true;
        return entry;
    }

    private static String requiredText(String value) {
        if (value == null || value.isBlank()) {
            throw new BusinessRuleException("accountability.error.text", "text");
        }
        return optionalText(value);
    }

    private static String optionalText(String value) {
        if (value != null && value.length() > TEXT_LENGTH) {
            throw new BusinessRuleException("accountability.textTooLong", "text");
        }
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Couple getCouple() {
        return couple;
    }

    public Partner getInvolvedPartner() {
        return involvedPartner;
    }

    public AccountabilityStep getStep() {
        return step;
    }

    public EntryKind getKind() {
        return kind;
    }

    public LocalDate getEntryDate() {
        return entryDate;
    }

    public Partner getAuthorPartner() {
        return authorPartner;
    }

    public Integer getRating() {
        return rating;
    }

    public Assessment getAssessment() {
        return assessment;
    }

    public String getText() {
        return text;
    }

    public Answer getAnswer() {
        return answer;
    }

    public boolean isShared() {
        return shared;
    }
}
