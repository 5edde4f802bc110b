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
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.rebuildtrust.couples.Couple;
import org.rebuildtrust.couples.Partner;
import org.rebuildtrust.shared.BaseEntity;
import org.rebuildtrust.shared.BusinessRuleException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One template revision given to a couple with a due date: to one partner, to each partner separately, or to both
 * together as one joint answer. Its answers exist from the start, one per expected author, so every status and
 * count is read from them.
 */
@Entity
@Table(name = "assignment")
public class Assignment extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int INSTRUCTIONS_LENGTH = 2000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "couple_id", nullable = false)
    private Couple couple;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "template_id", nullable = false)
    private Template template;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Assignee assignee;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "partner_id")
    private Partner partner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Visibility visibility;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "personal_instructions", length = INSTRUCTIONS_LENGTH)
    private String personalInstructions;

    @Column(nullable = false)
    private boolean cancelled;

    @Column(name = "series_id")
    private Long seriesId;

    @Column(name = "program_run_id")
    private Long programRunId;

    @Column(name = "assigned_by_account_id", nullable = false)
    private Long assignedByAccountId;

    @OneToMany(mappedBy = "assignment", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Answer> answers = new ArrayList<>();

    protected Assignment() {
        // for JPA
    }

    /**
     * Gives a template to a couple. Reveal-together needs two separate answers; a joint answer is seen by both
     * partners anyway, so it is always shared.
     */
    static Assignment give(Couple couple, Template template, Assignee assignee, Partner onePartner,
                           Visibility visibility, LocalDate dueDate, String personalInstructions,
                           long assignedByAccountId, LocalDate today) {
        if (template.isArchived() || !template.isCurrent()) {
            throw new BusinessRuleException("assignment.templateNotCurrent");
        }
        if (dueDate == null || dueDate.isBefore(today)) {
            throw new BusinessRuleException("assignment.dueInPast", "dueDate");
        }
        if (assignee == Assignee.ONE_PARTNER
                && (onePartner == null || !onePartner.getCouple().getId().equals(couple.getId()))) {
            throw new BusinessRuleException("assignment.choosePartner", "partner");
        }
        if (visibility == Visibility.REVEAL_TOGETHER && assignee != Assignee.EACH_PARTNER) {
            throw new BusinessRuleException("assignment.revealNeedsEach", "visibility");
        }
        Assignment assignment = new Assignment();
        assignment.couple = couple;
        assignment.template = template;
        assignment.assignee = assignee;
        assignment.partner = assignee == Assignee.ONE_PARTNER ? onePartner : null;
        assignment.visibility = assignee == Assignee.TOGETHER ? Visibility.SHARED : visibility;
        assignment.dueDate = dueDate;
        assignment.personalInstructions = personalInstructions == null || personalInstructions.isBlank()
                ? null : personalInstructions.strip();
        assignment.assignedByAccountId = assignedByAccountId;
        switch (assignee) {
            case ONE_PARTNER -> assignment.answers.add(new Answer(assignment, onePartner));
            case EACH_PARTNER -> couple.getPartners().forEach(p -> assignment.answers.add(new Answer(assignment, p)));
            case TOGETHER -> assignment.answers.add(new Answer(assignment, null));
        }
        return assignment;
    }

    /** The same homework again with another due date, for a recurring series or a program. */
    Assignment repeatOn(LocalDate otherDueDate) {
        Assignment copy = give(couple, template, assignee, partner, visibility, otherDueDate, personalInstructions,
                assignedByAccountId, otherDueDate);
        copy.seriesId = seriesId;
        copy.programRunId = programRunId;
        return copy;
    }

    void joinSeries(long id) {
        this.seriesId = id;
    }

    void joinProgramRun(long id) {
        this.programRunId = id;
    }

    void cancel() {
        if (answers.stream().allMatch(a -> a.getStatus().isDone())) {
            throw new BusinessRuleException("assignment.alreadyDone");
        }
        cancelled = true;
    }

    /** Moves the due date; a date in the past would make it overdue at once, so it is refused. */
    void moveDueDate(LocalDate newDueDate, LocalDate today) {
        if (cancelled) {
            throw new BusinessRuleException("answer.cancelled");
        }
        if (newDueDate == null || newDueDate.isBefore(today)) {
            throw new BusinessRuleException("assignment.dueInPast", "dueDate");
        }
        dueDate = newDueDate;
    }

    /** Not cancelled and nobody has finished it: the part of a program that can still be shifted or cancelled. */
    boolean isRemaining() {
        return !cancelled && answers.stream().noneMatch(a -> a.getStatus().isDone());
    }

    /** Reveal-together: both partners' answers are in. */
    public boolean allAnswersDone() {
        return answers.stream().allMatch(a -> a.getStatus().isDone());
    }

    public Couple getCouple() {
        return couple;
    }

    public Template getTemplate() {
        return template;
    }

    public Assignee getAssignee() {
        return assignee;
    }

    public Partner getPartner() {
        return partner;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public String getPersonalInstructions() {
        return personalInstructions;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public Long getSeriesId() {
        return seriesId;
    }

    public Long getProgramRunId() {
        return programRunId;
    }

    public List<Answer> getAnswers() {
        return answers;
    }
}
