package org.rebuildtrust.policy.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.rebuildtrust.policy.PolicyService;
import org.rebuildtrust.policy.SecretsPolicy;
import org.rebuildtrust.security.CurrentActor;
import org.rebuildtrust.shared.BusinessRuleException;
import org.rebuildtrust.shared.web.Messages;

import java.io.Serializable;
import java.util.List;

/** The admin's secrets policy page: the revisions as published, and a new one written from the current text. */
@Named
@ViewScoped
public class PolicyAdminBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PolicyService policies;

    @Inject
    transient CurrentActor currentActor;

    private List<SecretsPolicy> revisions = List.of();
    private String text;

    public void load() {
        revisions = policies.revisions(currentActor.require());
        if (text == null && !revisions.isEmpty()) {
            text = revisions.get(0).getText();
        }
    }

    public void publish() {
        try {
            SecretsPolicy published = policies.publish(currentActor.require(), text);
            Messages.info("policy.published", published.getRevision());
            revisions = policies.revisions(currentActor.require());
        } catch (BusinessRuleException refusal) {
            Messages.refused(refusal, "policyForm");
        }
    }

    public List<SecretsPolicy> getRevisions() {
        return revisions;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
