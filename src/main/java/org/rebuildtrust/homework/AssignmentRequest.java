package org.rebuildtrust.homework;

import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the therapist fills in to give homework: a template, or a program of templates, to whom, by when, who sees
 * the answers, and optionally how it repeats.
 */
public class AssignmentRequest implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How an assignment repeats. */
    public enum Recurrence {
        NONE,
        WEEKLY,
        EVERY_N_DAYS
    }

    public static final int MAX_OCCURRENCES = 52;

    private Long templateId;
    private Long programId;
    private Assignee assignee = Assignee.EACH_PARTNER;
    private Long partnerId;
    private Visibility visibility = Visibility.PRIVATE;
    private LocalDate dueDate;
    @Size(max = Assignment.INSTRUCTIONS_LENGTH)
    private String personalInstructions;
    private Recurrence recurrence = Recurrence.NONE;
    private Integer everyDays;
    private LocalDate repeatUntil;
    /** The therapist saw the warning that the same homework is already open, and gives it anyway. */
    private boolean duplicateConfirmed;

    public Long getTemplateId() {
        return templateId;
    }

    public void setTemplateId(Long templateId) {
        this.templateId = templateId;
    }

    public Long getProgramId() {
        return programId;
    }

    public void setProgramId(Long programId) {
        this.programId = programId;
    }

    public Assignee getAssignee() {
        return assignee;
    }

    public void setAssignee(Assignee assignee) {
        this.assignee = assignee;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public void setPartnerId(Long partnerId) {
        this.partnerId = partnerId;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public void setVisibility(Visibility visibility) {
        this.visibility = visibility;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public String getPersonalInstructions() {
        return personalInstructions;
    }

    public void setPersonalInstructions(String personalInstructions) {
        this.personalInstructions = personalInstructions;
    }

    public Recurrence getRecurrence() {
        return recurrence;
    }

    public void setRecurrence(Recurrence recurrence) {
        this.recurrence = recurrence;
    }

    public Integer getEveryDays() {
        return everyDays;
    }

    public void setEveryDays(Integer everyDays) {
        this.everyDays = everyDays;
    }

    public boolean isDuplicateConfirmed() {
        return duplicateConfirmed;
    }

    public void setDuplicateConfirmed(boolean duplicateConfirmed) {
        this.duplicateConfirmed = duplicateConfirmed;
    }

    public LocalDate getRepeatUntil() {
        return repeatUntil;
    }

    public void setRepeatUntil(LocalDate repeatUntil) {
        this.repeatUntil = repeatUntil;
    }
}
