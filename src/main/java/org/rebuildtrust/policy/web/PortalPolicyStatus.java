package org.rebuildtrust.policy.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.rebuildtrust.policy.PolicyService;
import org.rebuildtrust.security.CurrentActor;

/** Whether the partner has signed the practice's current secrets policy, for the card on their portal home. */
@Named
@RequestScoped
public class PortalPolicyStatus {

    @Inject
    PolicyService policies;

    @Inject
    CurrentActor currentActor;

    private String status;

    /** NONE (the practice has no policy), UNSIGNED or SIGNED. */
    public String getStatus() {
        if (status == null) {
            status = policies.myStatus(currentActor.require()).name();
        }
        return status;
    }
}
