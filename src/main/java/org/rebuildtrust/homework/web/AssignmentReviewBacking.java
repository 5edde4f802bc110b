package org.rebuildtrust.homework.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.rebuildtrust.audit.AuditRecord;
import org.rebuildtrust.audit.web.PageViews;
import org.rebuildtrust.homework.Answer;
import org.rebuildtrust.homework.Assignment;
import org.rebuildtrust.homework.HomeworkService;
import org.rebuildtrust.security.CurrentActor;
import org.rebuildtrust.shared.BusinessRuleException;
import org.rebuildtrust.shared.Ids;
import org.rebuildtrust.shared.web.Messages;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** The therapist reads one assignment's answers side by side, replies with feedback, marks them reviewed. */
@Named
@ViewScoped
public class AssignmentReviewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient HomeworkService homework;

    @Inject
    transient CurrentActor currentActor;

    @Inject
    transient PageViews pageViews;

    @Inject
    transient Clock clock;

    private String id;
    private Assignment assignment;
    private final Map<Long, String> feedback = new HashMap<>();
    private LocalDate newDueDate;
    private Integer shiftDays = 7;

    public void load() {
        assignment = homework.review(currentActor.require(), Ids.parse("Assignment", id));
        pageViews.opened(AuditRecord.ASSIGNMENT, assignment.getId(), assignment.getCouple().getId(), "answers");
        feedback.clear();
        assignment.getAnswers().forEach(a -> feedback.put(a.getId(), a.getFeedback()));
        newDueDate = assignment.getDueDate();
    }

    public void saveFeedback(Answer answer) {
        act(() -> homework.giveFeedback(currentActor.require(), answer.getId(), feedback.get(answer.getId())),
                "review.feedbackSaved");
    }

    public void markReviewed(Answer answer) {
        act(() -> {
            homework.giveFeedback(currentActor.require(), answer.getId(), feedback.get(answer.getId()));
            homework.markReviewed(currentActor.require(), answer.getId());
        }, "review.reviewed");
    }

    public void reopen(Answer answer) {
        act(() -> homework.reopen(currentActor.require(), answer.getId()), "review.reopened");
    }

    public void cancel() {
        act(() -> homework.cancel(currentActor.require(), assignment.getId()), "review.cancelled");
    }

    public void moveDueDate() {
        act(() -> homework.moveDueDate(currentActor.require(), assignment.getId(), newDueDate), "review.dueMoved");
    }

    public void shiftRemaining() {
        act(() -> homework.shiftRemaining(currentActor.require(), assignment.getId(), shiftDays == null ? 0 : shiftDays),
                "review.programShifted");
    }

    public void cancelRemaining() {
        act(() -> homework.cancelRemaining(currentActor.require(), assignment.getId()), "review.programCancelled");
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            Messages.info(doneKey);
            load();
        } catch (BusinessRuleException refusal) {
            Messages.refused(refusal, "reviewForm");
        }
    }

    public boolean isOverdue(Answer answer) {
        return answer.isOverdue(LocalDate.now(clock));
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Assignment getAssignment() {
        return assignment;
    }

    public Map<Long, String> getFeedback() {
        return feedback;
    }

    public LocalDate getNewDueDate() {
        return newDueDate;
    }

    public void setNewDueDate(LocalDate newDueDate) {
        this.newDueDate = newDueDate;
    }

    public Integer getShiftDays() {
        return shiftDays;
    }

    public void setShiftDays(Integer shiftDays) {
        this.shiftDays = shiftDays;
    }
}
