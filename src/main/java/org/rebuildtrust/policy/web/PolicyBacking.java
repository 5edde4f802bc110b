package org.rebuildtrust.policy.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.rebuildtrust.policy.PolicyService;
import org.rebuildtrust.policy.PolicySignature;
import org.rebuildtrust.policy.SecretsPolicy;
import org.rebuildtrust.security.CurrentActor;
import org.rebuildtrust.shared.BusinessRuleException;
import org.rebuildtrust.shared.web.Messages;

import java.io.Serializable;

/** A partner's secrets policy page: the current revision, and their signature of it (typed full name). */
@Named
@ViewScoped
public class PolicyBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PolicyService policies;

    @Inject
    transient CurrentActor currentActor;

    private SecretsPolicy policy;
    private PolicySignature signature;
    private String typedName;

    public void load() {
        policy = policies.current(currentActor.require()).orElse(null);
        signature = policies.mySignatureOfCurrent(currentActor.require()).orElse(null);
    }

    public void sign() {
        try {
            signature = policies.sign(currentActor.require(), policy == null ? -1 : policy.getId(), typedName);
            Messages.info("policy.signed");
        } catch (BusinessRuleException refusal) {
            Messages.refused(refusal, "policyForm");
            if ("policy.notCurrent".equals(refusal.getMessageKey())) {
                load(); // a newer revision was published meanwhile: show that one
            }
        }
    }

    public SecretsPolicy getPolicy() {
        return policy;
    }

    public PolicySignature getSignature() {
        return signature;
    }

    public String getTypedName() {
        return typedName;
    }

    public void setTypedName(String typedName) {
        this.typedName = typedName;
    }
}
