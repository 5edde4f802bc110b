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
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.rebuildtrust.practice.Practice;
import org.rebuildtrust.shared.BaseEntity;
import org.rebuildtrust.shared.BusinessRuleException;
import org.rebuildtrust.shared.Lengths;

import java.util.ArrayList;
import java.util.List;

/**
 * A reusable homework definition in the library: built in (no practice) or a practice's own.
 * Templates are versioned: a revision, once saved, never changes; editing saves a new revision of the same family
 * and marks it current, so homework already assigned keeps exactly the text the partner was given.
 */
@Entity
@Table(name = "homework_template")
public class Template extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int MIN_PROMPTS = 2;
    public static final int MAX_PROMPTS = 8;
    public static final int PURPOSE_LENGTH = 1000;
    public static final int INSTRUCTIONS_LENGTH = 4000;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "practice_id")
    private Practice practice;

    @Column(name = "family_id", nullable = false)
    private Long familyId;

    @Column(nullable = false)
    private int revision = 1;

    @Column(name = "is_current", nullable = false)
    private boolean current = true;

    @Column(nullable = false)
    private boolean archived;

    @NotBlank
    @Size(max = Lengths.LABEL)
    @Column(nullable = false, length = Lengths.LABEL)
    private String title;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Step step;

    @NotBlank
    @Size(max = PURPOSE_LENGTH)
    @Column(nullable = false, length = PURPOSE_LENGTH)
    private String purpose;

    @NotBlank
    @Size(max = INSTRUCTIONS_LENGTH)
    @Column(nullable = false, length = INSTRUCTIONS_LENGTH)
    private String instructions;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Audience audience = Audience.EACH_PARTNER;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "copied_from_id")
    private Template copiedFrom;

    @Valid
    @OneToMany(mappedBy = "template", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Prompt> prompts = new ArrayList<>();

    protected Template() {
        // for JPA
    }

    /** An empty draft for the editor, with two text prompts to start from. */
    public static Template draft() {
        Template template = new Template();
        template.prompts.add(Prompt.blank(PromptKind.TEXT));
        template.prompts.add(Prompt.blank(PromptKind.TEXT));
        return template;
    }

    /** An unsaved copy of this template's content, for a practice to adapt. */
    public Template copy() {
        Template copy = new Template();
        copy.title = title;
        copy.step = step;
        copy.purpose = purpose;
        copy.instructions = instructions;
        copy.audience = audience;
        copy.copiedFrom = this;
        for (Prompt prompt : prompts) {
            copy.prompts.add(prompt.copyFor(copy, prompt.getPosition()));
        }
        return copy;
    }

    /** Makes a draft the first revision of a new family owned by a practice. */
    void establishIn(Practice owner, Template copiedFromTemplate) {
        checkPrompts();
        this.practice = owner;
        this.copiedFrom = copiedFromTemplate;
        this.revision = 1;
        this.current = true;
        numberPrompts();
    }

    /** The family id is this first revision's own id, known only after the insert allocates it. */
    void startFamily() {
        this.familyId = getId();
    }

    /** A new revision of this template with the edited content; this revision stops being current. */
    Template revise(Template edited) {
        edited.checkPrompts();
        Template next = new Template();
        next.practice = practice;
        next.familyId = familyId;
        next.revision = revision + 1;
        next.copiedFrom = copiedFrom;
        next.title = edited.title;
        next.step = edited.step;
        next.purpose = edited.purpose;
        next.instructions = edited.instructions;
        next.audience = edited.audience;
        int position = 1;
        for (Prompt prompt : edited.prompts) {
            next.prompts.add(prompt.copyFor(next, position++));
        }
        this.current = false;
        return next;
    }

    void archive() {
        this.archived = true;
    }

    private void checkPrompts() {
        if (prompts.size() < MIN_PROMPTS || prompts.size() > MAX_PROMPTS) {
            throw new BusinessRuleException("template.promptCount");
        }
        for (Prompt prompt : prompts) {
            if (prompt.getKind() == PromptKind.CHECKLIST && prompt.optionList().size() < 2) {
                throw new BusinessRuleException("template.checklistOptions");
            }
        }
    }

    private void numberPrompts() {
        int position = 1;
        for (Prompt prompt : prompts) {
            prompt.placeIn(this, position++);
        }
    }

    /** Editor actions on a draft or on a form copy. */
    public void addPrompt(PromptKind kind) {
        if (prompts.size() >= MAX_PROMPTS) {
            throw new BusinessRuleException("template.promptCount");
        }
        prompts.add(Prompt.blank(kind));
    }

    public void removePrompt(int index) {
        prompts.remove(index);
    }

    public void movePrompt(int index, int delta) {
        int target = index + delta;
        if (target >= 0 && target < prompts.size()) {
            prompts.add(target, prompts.remove(index));
        }
    }

    public boolean isBuiltIn() {
        return practice == null;
    }

    public Practice getPractice() {
        return practice;
    }

    public Long getFamilyId() {
        return familyId;
    }

    public int getRevision() {
        return revision;
    }

    public boolean isCurrent() {
        return current;
    }

    public boolean isArchived() {
        return archived;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Step getStep() {
        return step;
    }

    public void setStep(Step step) {
        this.step = step;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public String getInstructions() {
        return instructions;
    }

    public void setInstructions(String instructions) {
        this.instructions = instructions;
    }

    public Audience getAudience() {
        return audience;
    }

    public void setAudience(Audience audience) {
        this.audience = audience;
    }

    public Template getCopiedFrom() {
        return copiedFrom;
    }

    public List<Prompt> getPrompts() {
        return prompts;
    }

    /** Whether answering this template is a weekly check-in: its prompts collect all four check-in ratings. */
    public boolean isCheckIn() {
        java.util.Set<org.rebuildtrust.checkins.CheckInMeasure> measures = new java.util.HashSet<>();
        getPrompts().forEach(p -> {
            if (p.getCheckInMeasure() != null) {
                measures.add(p.getCheckInMeasure());
            }
        });
        return measures.containsAll(java.util.EnumSet.range(org.rebuildtrust.checkins.CheckInMeasure.TRUST,
                org.rebuildtrust.checkins.CheckInMeasure.COMMUNICATION));
    }
}
