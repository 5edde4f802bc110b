package org.rebuildtrust.intake.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
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
    private List<Intake> sent = List.of();
    private Map<Long, Intake.Status> statuses = Map.of();
    private List<SafetyFlag> flags = List.of();
    private List<org.rebuildtrust.policy.PolicySignature> signatures = List.of();
    private String decisionNote;
    private LocalDate decidedOn;

    public void load(long id) {
        coupleId = id;
        sent = intakes.sentOfCouple(currentActor.require(), id);
        statuses = intakes.statusesOfCouple(currentActor.require(), id);
        flags = intakes.flagsOfCouple(currentActor.require(), id);
        signatures = policies.signaturesOfCouple(currentActor.require(), id);
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
            load(coupleId);
        } catch (BusinessRuleException refusal) {
            Messages.refused(refusal, "safetyForm");
        }
    }

    /** Where a partner's intake stands: NONE, DRAFT or SUBMITTED. */
    public String statusOf(long partnerId) {
        Intake.Status status = statuses.get(partnerId);
        return status == null ? "NONE" : status.name();
    }

    public Intake sentBy(long partnerId) {
        return sent.stream().filter(i -> i.getPartner().getId() == partnerId).findFirst().orElse(null);
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
