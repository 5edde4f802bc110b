package org.rebuildtrust.accountability.web;

import org.rebuildtrust.accountability.AccountabilityEntry;
import jakarta.validation.constraints.Size;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.rebuildtrust.accountability.AccountabilityService;
import org.rebuildtrust.accountability.AccountabilityStep;
import org.rebuildtrust.accountability.AccountabilityTable;
import org.rebuildtrust.accountability.Assessment;
import org.rebuildtrust.audit.AuditRecord;
import org.rebuildtrust.audit.web.PageViews;
import org.rebuildtrust.couples.CoupleService;
import org.rebuildtrust.couples.Partner;
import org.rebuildtrust.couples.RecoveryRole;
import org.rebuildtrust.homework.Answer;
import org.rebuildtrust.homework.HomeworkService;
import org.rebuildtrust.security.CurrentActor;
import org.rebuildtrust.shared.BusinessRuleException;
import org.rebuildtrust.shared.Ids;
import org.rebuildtrust.shared.Rating;
import org.rebuildtrust.shared.web.Messages;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The accountability table for a partner (portal: their couple, the forms their role allows) or for the therapist
 * (the couple named in the URL, with the assessment form).
 */
@Named
@ViewScoped
public class AccountabilityBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AccountabilityService accountability;

    @Inject
    transient CoupleService couples;

    @Inject
    transient CurrentActor currentActor;

    @Inject
    transient PageViews pageViews;

    @Inject
    transient HomeworkService homework;

    @Inject
    transient Clock clock;

    private String coupleParam;
    private long coupleId;
    private Partner me;
    private List<AccountabilityTable> tables;

    private AccountabilityStep step;
    private LocalDate evidenceDate;
    @Size(max = AccountabilityEntry.TEXT_LENGTH)
    private String text;
    private Integer rating;
    private boolean shareComment;
    private Long involvedPartnerId;
    private Assessment assessment;
    private Long linkedAnswerId;
    private List<Answer> linkableAnswers = List.of();

    /** Portal: the signed-in partner's own couple. */
    public void loadOwn() {
        me = couples.findOwnPartner(currentActor.require());
        coupleId = me.getCouple().getId();
        refresh();
    }

    /** Therapist: the couple in the URL. */
    public void loadCouple() {
        coupleId = Ids.parse("Couple", coupleParam);
        refresh();
    }

    private void refresh() {
        pageViews.opened(AuditRecord.ACCOUNTABILITY, null, coupleId, "accountability table");
        tables = accountability.tables(currentActor.require(), coupleId);
        if (isInvolved()) {
            linkableAnswers = homework.submittedAnswersOf(currentActor.require());
        }
        if (evidenceDate == null) {
            evidenceDate = LocalDate.now(clock);
        }
        if (involvedPartnerId == null) {
            involvedPartnerId = tables.stream().map(t -> t.involvedPartner().getId())
                    .filter(id -> me == null || !id.equals(me.getId())).findFirst().orElse(null);
        }
    }

    public void recordEvidence() {
        act(() -> accountability.recordEvidence(currentActor.require(), step, evidenceDate, text,
                linkedAnswerId), "accountability.evidenceSaved");
    }

    public void rateSelf() {
        act(() -> accountability.rateSelf(currentActor.require(), step, rating, text), "accountability.ratingSaved");
    }

    public void rateAsHurtPartner() {
        act(() -> accountability.rateAsHurtPartner(currentActor.require(), involvedPartnerId == null ? -1 : involvedPartnerId,
                step, rating, text, shareComment), "accountability.ratingSaved");
    }

    public void assess() {
        act(() -> accountability.assess(currentActor.require(), coupleId, involvedPartnerId == null ? -1 : involvedPartnerId,
                step, assessment, text), "accountability.assessmentSaved");
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            Messages.info(doneKey);
            text = null;
            rating = null;
            assessment = null;
            linkedAnswerId = null;
            refresh();
        } catch (BusinessRuleException refusal) {
            Messages.refused(refusal, "accountabilityForm");
        }
    }

    public boolean isInvolved() {
        return me != null && (me.getRecoveryRole() == RecoveryRole.INVOLVED || me.getRecoveryRole() == RecoveryRole.BOTH);
    }

    public boolean isHurt() {
        return me != null && (me.getRecoveryRole() == RecoveryRole.HURT || me.getRecoveryRole() == RecoveryRole.BOTH)
                && tables.stream().anyMatch(t -> !t.involvedPartner().getId().equals(me.getId()));
    }

    /** Whether this partner keeps a table of their own and rates the other's (mutual infidelity): say which is which. */
    public boolean isBothTables() {
        return isInvolved() && isHurt();
    }

    /** The first name of the partner whose table a hurt partner's rating goes to. */
    public String getOtherFirstName() {
        return tables.stream().map(AccountabilityTable::involvedPartner).filter(p -> !p.getId().equals(me.getId()))
                .map(Partner::getFirstName).findFirst().orElse("");
    }

    /** The hurt partner's rating button, naming the table it goes to where the partner keeps one too. */
    public String getRateAsHurtLabel() {
        return isBothTables() ? Messages.text("accountability.rateInTheirTable", getOtherFirstName())
                : Messages.text("accountability.rateAsHurt");
    }

    /** The day a linkable answer was submitted, for its label in the list. */
    public LocalDate submittedDay(Answer answer) {
        return LocalDate.ofInstant(answer.getSubmittedAt(), clock.getZone());
    }

    public List<Answer> getLinkableAnswers() {
        return linkableAnswers;
    }

    public Long getLinkedAnswerId() {
        return linkedAnswerId;
    }

    public void setLinkedAnswerId(Long linkedAnswerId) {
        this.linkedAnswerId = linkedAnswerId;
    }

    public List<AccountabilityStep> getSteps() {
        return List.of(AccountabilityStep.values());
    }

    public List<Assessment> getAssessments() {
        return List.of(Assessment.values());
    }

    public List<Integer> getScale() {
        return Rating.choices();
    }

    public long getCoupleId() {
        return coupleId;
    }

    public String getCoupleParam() {
        return coupleParam;
    }

    public void setCoupleParam(String coupleParam) {
        this.coupleParam = coupleParam;
    }

    public List<AccountabilityTable> getTables() {
        return tables;
    }

    public AccountabilityStep getStep() {
        return step;
    }

    public void setStep(AccountabilityStep step) {
        this.step = step;
    }

    public LocalDate getEvidenceDate() {
        return evidenceDate;
    }

    public void setEvidenceDate(LocalDate evidenceDate) {
        this.evidenceDate = evidenceDate;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Integer getRating() {
        return rating;
    }

    public void setRating(Integer rating) {
        this.rating = rating;
    }

    public boolean isShareComment() {
        return shareComment;
    }

    public void setShareComment(boolean shareComment) {
        this.shareComment = shareComment;
    }

    public Long getInvolvedPartnerId() {
        return involvedPartnerId;
    }

    public void setInvolvedPartnerId(Long involvedPartnerId) {
        this.involvedPartnerId = involvedPartnerId;
    }

    public Assessment getAssessment() {
        return assessment;
    }

    public void setAssessment(Assessment assessment) {
        this.assessment = assessment;
    }
}
