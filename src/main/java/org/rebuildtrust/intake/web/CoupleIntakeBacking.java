package org.rebuildtrust.intake.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.rebuildtrust.couples.Couple;
import org.rebuildtrust.intake.Intake;
import org.rebuildtrust.intake.IntakeService;
import org.rebuildtrust.intake.SafetyFlag;
import org.rebuildtrust.security.CurrentActor;
import org.rebuildtrust.shared.BusinessRuleException;
import org.rebuildtrust.shared.web.Messages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The couple page's intake and safety section, for the therapist: a safety flag first (and the decision it waits
 * for), then each partner's sent intake. Reading them is audited by the service.
 */
@Named
@ViewScoped
public class CoupleIntakeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient IntakeService intakes;

    @Inject
    transient CurrentActor currentActor;

    @Inject
    transient org.rebuildtrust.policy.PolicyService policies;

    private long coupleId;
    private final Map<Long, SentIntake> opened = new java.util.HashMap<>();
    private Map<Long, Intake.Status> statuses = Map.of();
    private List<SafetyFlag> flags = List.of();
    private List<org.rebuildtrust.policy.PolicySignature> signatures = List.of();
    private String decisionNote;
    private LocalDate decidedOn;

    /**
     * Reads the intake statuses, safety flags and policy signatures of the couple the page shows. A couple whose
     * safety state is empty has never had a flag raised (raising one sets it), so its flags are not read.
     */
    public void load(Couple shown) {
        coupleId = shown.getId();
        read(shown.getSafetyState() != null);
    }

    private void read(boolean flagsRaised) {
        statuses = intakes.statusesOfCouple(currentActor.require(), coupleId);
        flags = flagsRaised ? intakes.flagsOfCouple(currentActor.require(), coupleId) : List.of();
        signatures = policies.signaturesOfCouple(currentActor.require(), coupleId);
        if (decidedOn == null) {
            decidedOn = intakes.today(currentActor.require());
        }
    }

    /** Records the decision on the flag that waits for one. */
    public void decide(long flagId) {
        try {
            intakes.decide(currentActor.require(), flagId, decisionNote, decidedOn);
            Messages.info("safety.decided");
            decisionNote = null;
            read(true);
        } catch (BusinessRuleException refusal) {
            Messages.refused(refusal, "safetyForm");
        }
    }

    /** Where a partner's intake stands: NONE, DRAFT or SUBMITTED. */
    public String statusOf(long partnerId) {
        Intake.Status status = statuses.get(partnerId);
        return status == null ? "NONE" : status.name();
    }

    /**
     * Opens a partner's sent intake on the page (the read is audited). A partner whose intake is not sent, or who is
     * not of this couple, opens nothing.
     */
    public void show(long partnerId) {
        intakes.sentIntakeOf(currentActor.require(), coupleId, partnerId)
                .ifPresent(intake -> opened.put(partnerId, SentIntake.of(intake)));
    }

    /** The partner's intake as opened on the page, or null until the therapist opens it. */
    public SentIntake sentBy(long partnerId) {
        return opened.get(partnerId);
    }

    /** What a sent intake says, as the page shows it: plain values, not the entity (see CoupleHomeworkBacking). */
    public static final class SentIntake implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String phone;
        private final String bestTime;
        private final String hopes;
        private final String story;
        private final Boolean screenViolence;
        private final Boolean screenThreats;
        private final Boolean screenControl;
        private final Boolean screenFear;
        private final String screenWords;

        private SentIntake(Intake intake) {
            this.phone = intake.getPhone();
            this.bestTime = intake.getBestTime();
            this.hopes = intake.getHopes();
            this.story = intake.getStory();
            this.screenViolence = intake.getScreenViolence();
            this.screenThreats = intake.getScreenThreats();
            this.screenControl = intake.getScreenControl();
            this.screenFear = intake.getScreenFear();
            this.screenWords = intake.getScreenWords();
        }

        static SentIntake of(Intake intake) {
            return new SentIntake(intake);
        }

        public String getPhone() {
            return phone;
        }

        public String getBestTime() {
            return bestTime;
        }

        public String getHopes() {
            return hopes;
        }

        public String getStory() {
            return story;
        }

        public Boolean getScreenViolence() {
            return screenViolence;
        }

        public Boolean getScreenThreats() {
            return screenThreats;
        }

        public Boolean getScreenControl() {
            return screenControl;
        }

        public Boolean getScreenFear() {
            return screenFear;
        }

        public String getScreenWords() {
            return screenWords;
        }
    }

    /** A partner's signatures of the practice's secrets policy, newest first. */
    public List<org.rebuildtrust.policy.PolicySignature> signaturesOf(long partnerId) {
        return signatures.stream().filter(s -> s.getPartner().getId() == partnerId).toList();
    }

    public boolean isHold() {
        return flags.stream().anyMatch(f -> !f.isDecided());
    }

    public List<SafetyFlag> getFlags() {
        return flags;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public void setDecisionNote(String decisionNote) {
        this.decisionNote = decisionNote;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(LocalDate decidedOn) {
        this.decidedOn = decidedOn;
    }
}
