package org.rebuildtrust.homework;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import org.rebuildtrust.couples.Partner;
import org.rebuildtrust.shared.BaseEntity;
import org.rebuildtrust.shared.BusinessRuleException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One author's response to an assignment: a partner's own, or the couple's joint answer (no partner).
 * A draft until submitted; then read-only for the partners until the therapist reopens it.
 */
@Entity
@Table(name = "answer")
public class Answer extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int FEEDBACK_LENGTH = 4000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignment_id", nullable = false)
    private Assignment assignment;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "partner_id")
    private Partner partner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AnswerStatus status = AnswerStatus.ASSIGNED;

    @Column(name = "saved_at")
    private Instant savedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(length = FEEDBACK_LENGTH)
    private String feedback;

    @Column(name = "feedback_at")
    private Instant feedbackAt;

    @OneToMany(mappedBy = "answer", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<AnswerValue> values = new ArrayList<>();

    protected Answer() {
        // for JPA
    }

    Answer(Assignment assignment, Partner partner) {
        this.assignment = assignment;
        this.partner = partner;
    }

    /**
     * Saves a draft of the prompts the writer changed ({@code typed} holds only those; a blank value clears one).
     * If someone else changed such a prompt since the writer last saw it (a joint answer edited by both), it is not
     * overwritten but reported, so the writer can look and decide. Returns the prompts in conflict.
     */
    List<Long> saveDraft(Map<Long, String> typed, Map<Long, Long> seenVersions, Instant now) {
        requireEditable();
        List<AnswerProblem> problems = AnswerCheck.check(assignment.getTemplate().getPrompts(), typed, false);
        if (!problems.isEmpty()) {
            throw new AnswerRejectedException(problems);
        }
        List<Long> conflicts = new ArrayList<>();
        boolean changed = false;
        for (Prompt prompt : assignment.getTemplate().getPrompts()) {
            if (!typed.containsKey(prompt.getId())) {
                continue;
            }
            String newText = normalize(typed.get(prompt.getId()));
            AnswerValue stored = valueFor(prompt.getId());
            String storedText = stored == null ? null : normalize(stored.getValueText());
            if (Objects.equals(newText, storedText)) {
                continue;
            }
            Long seen = seenVersions.get(prompt.getId());
            boolean unchangedSinceSeen = stored == null ? seen == null : Long.valueOf(stored.getVersion()).equals(seen);
            if (!unchangedSinceSeen) {
                conflicts.add(prompt.getId());
                continue;
            }
            if (stored == null) {
                values.add(new AnswerValue(this, prompt, newText));
            } else {
                stored.change(newText);
            }
            changed = true;
        }
        if (changed) {
            savedAt = now;
            if (status == AnswerStatus.ASSIGNED) {
                status = AnswerStatus.IN_PROGRESS;
            }
        }
        return conflicts;
    }

    /**
     * Fills this weekly check-in homework with the ratings of a check-in made on the check-in page and submits it.
     * Returns false, leaving the ratings as a draft, when the template asks for more than the check-in holds.
     */
    boolean answerWithCheckIn(org.rebuildtrust.checkins.CheckIn.Ratings ratings, Instant now) {
        Map<Long, String> typed = new java.util.HashMap<>();
        for (Prompt prompt : assignment.getTemplate().getPrompts()) {
            if (prompt.getCheckInMeasure() != null) {
                String text = prompt.getCheckInMeasure().textIn(ratings);
                typed.put(prompt.getId(), text == null ? "" : text);
            }
        }
        saveDraft(typed, valueVersions(), now);
        if (!AnswerCheck.check(assignment.getTemplate().getPrompts(), valueTexts(), true).isEmpty()) {
            return false;
        }
        submit(now);
        return true;
    }

    /** Submits the stored draft after checking it is complete. */
    void submit(Instant now) {
        requireEditable();
        List<AnswerProblem> problems = AnswerCheck.check(assignment.getTemplate().getPrompts(), valueTexts(), true);
        if (!problems.isEmpty()) {
            throw new AnswerRejectedException(problems);
        }
        status = AnswerStatus.SUBMITTED;
        submittedAt = now;
    }

    void giveFeedback(String text, Instant now) {
        if (!status.isDone()) {
            throw new BusinessRuleException("answer.feedbackBeforeSubmit");
        }
        if (text != null && text.strip().length() > FEEDBACK_LENGTH) {
            throw new BusinessRuleException("answer.feedbackTooLong", "feedback");
        }
        feedback = text == null || text.isBlank() ? null : text.strip();
        feedbackAt = feedback == null ? null : now;
    }

    void markReviewed(Instant now) {
        if (status != AnswerStatus.SUBMITTED) {
            throw new BusinessRuleException("answer.reviewNeedsSubmission");
        }
        status = AnswerStatus.REVIEWED;
        reviewedAt = now;
    }

    /** The therapist gives a submitted answer back to its author(s) to change. */
    void reopen() {
        if (!status.isDone()) {
            throw new BusinessRuleException("answer.notSubmitted");
        }
        status = AnswerStatus.IN_PROGRESS;
        submittedAt = null;
        reviewedAt = null;
    }

    private void requireEditable() {
        if (assignment.isCancelled()) {
            throw new BusinessRuleException("answer.cancelled");
        }
        if (status.isDone()) {
            throw new BusinessRuleException("answer.alreadySubmitted");
        }
    }

    private static String normalize(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    AnswerValue valueFor(long promptId) {
        return values.stream().filter(v -> v.getPrompt().getId() == promptId).findFirst().orElse(null);
    }

    /** Stored values by prompt id. */
    public Map<Long, String> valueTexts() {
        Map<Long, String> texts = new HashMap<>();
        values.forEach(v -> texts.put(v.getPrompt().getId(), v.getValueText()));
        return texts;
    }

    /** The version of each stored value by prompt id, for detecting edits made meanwhile. */
    public Map<Long, Long> valueVersions() {
        Map<Long, Long> versions = new HashMap<>();
        values.forEach(v -> versions.put(v.getPrompt().getId(), v.getVersion()));
        return versions;
    }

    public boolean isJoint() {
        return partner == null;
    }

    /** Whether this partner writes this answer: their own, or the joint answer of their couple. */
    public boolean isWrittenBy(Partner viewer) {
        return isJoint() ? assignment.getCouple().getId().equals(viewer.getCouple().getId())
                : partner.getId().equals(viewer.getId());
    }

    public boolean isOverdue(java.time.LocalDate today) {
        return !assignment.isCancelled() && !status.isDone() && assignment.getDueDate().isBefore(today);
    }

    public Assignment getAssignment() {
        return assignment;
    }

    public Partner getPartner() {
        return partner;
    }

    public AnswerStatus getStatus() {
        return status;
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public String getFeedback() {
        return feedback;
    }

    public Instant getFeedbackAt() {
        return feedbackAt;
    }

    public List<AnswerValue> getValues() {
        return values;
    }
}
