package org.rebuildtrust.intake.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import org.rebuildtrust.intake.Intake;
import org.rebuildtrust.intake.IntakeAnswers;
import org.rebuildtrust.intake.IntakeService;
import org.rebuildtrust.security.CurrentActor;
import org.rebuildtrust.shared.BusinessRuleException;
import org.rebuildtrust.shared.web.Messages;

import java.io.Serializable;
import java.time.Instant;

/**
 * A partner's intake in the portal, answered alone: kept as a draft until sent, then shown as sent. Holds only what
 * the form shows and the version it was read at.
 */
@Named
@ViewScoped
public class IntakeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient IntakeService intakes;

    @Inject
    transient CurrentActor currentActor;

    private Long version;
    private boolean sent;
    private Instant sentAt;
    private String phone;
    private String bestTime;
    private String hopes;
    private String story;
    private Boolean violence;
    private Boolean threats;
    private Boolean control;
    private Boolean fear;
    private String screenWords;

    public void load() {
        intakes.mine(currentActor.require()).ifPresent(this::show);
    }

    private void show(Intake intake) {
        version = intake.getVersion();
        sent = intake.isSubmitted();
        sentAt = intake.getSubmittedAt();
        phone = intake.getPhone();
        bestTime = intake.getBestTime();
        hopes = intake.getHopes();
        story = intake.getStory();
        violence = intake.getScreenViolence();
        threats = intake.getScreenThreats();
        control = intake.getScreenControl();
        fear = intake.getScreenFear();
        screenWords = intake.getScreenWords();
    }

    private IntakeAnswers answers() {
        return new IntakeAnswers(phone, bestTime, hopes, story, violence, threats, control, fear, screenWords);
    }

    public void save() {
        try {
            show(intakes.save(currentActor.require(), answers(), version));
            Messages.info("intake.saved");
        } catch (BusinessRuleException refusal) {
            Messages.refused(refusal, "intakeForm");
        } catch (OptimisticLockException lostRace) {
            Messages.refused(lostRace);
        }
    }

    public void submit() {
        try {
            show(intakes.submit(currentActor.require(), answers(), version));
            Messages.info("intake.sent");
        } catch (BusinessRuleException refusal) {
            Messages.refused(refusal, "intakeForm");
        } catch (OptimisticLockException lostRace) {
            Messages.refused(lostRace);
        }
    }

    public boolean isSent() {
        return sent;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getBestTime() {
        return bestTime;
    }

    public void setBestTime(String bestTime) {
        this.bestTime = bestTime;
    }

    public String getHopes() {
        return hopes;
    }

    public void setHopes(String hopes) {
        this.hopes = hopes;
    }

    public String getStory() {
        return story;
    }

    public void setStory(String story) {
        this.story = story;
    }

    public Boolean getViolence() {
        return violence;
    }

    public void setViolence(Boolean violence) {
        this.violence = violence;
    }

    public Boolean getThreats() {
        return threats;
    }

    public void setThreats(Boolean threats) {
        this.threats = threats;
    }

    public Boolean getControl() {
        return control;
    }

    public void setControl(Boolean control) {
        this.control = control;
    }

    public Boolean getFear() {
        return fear;
    }

    public void setFear(Boolean fear) {
        this.fear = fear;
    }

    public String getScreenWords() {
        return screenWords;
    }

    public void setScreenWords(String screenWords) {
        this.screenWords = screenWords;
    }
}
