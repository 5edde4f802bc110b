package org.rebuildtrust.security.web;

import jakarta.validation.constraints.Size;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.rebuildtrust.security.CurrentActor;
import org.rebuildtrust.security.TwoFactorService;
import org.rebuildtrust.shared.BusinessRuleException;
import org.rebuildtrust.shared.web.Messages;

import java.io.Serializable;
import java.util.List;

/** One's own two-factor sign-in: set it up with an authenticator app, see the recovery codes once, turn it off. */
@Named
@ViewScoped
public class TwoFactorBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient TwoFactorService twoFactor;

    @Inject
    transient CurrentActor currentActor;

    private boolean on;
    private boolean required;
    private TwoFactorService.Enrolment enrolment;
    private List<String> recoveryCodes = List.of();
    @Size(max = 40)
    private String code;

    public void load() {
        on = twoFactor.isOn(currentActor.require());
        required = !currentActor.require().isClient() && twoFactor.isRequiredInPractice(currentActor.require());
    }

    public void start() {
        enrolment = twoFactor.startEnrolment(currentActor.require());
    }

    public void confirm() {
        try {
            recoveryCodes = twoFactor.confirmEnrolment(currentActor.require(), code);
            enrolment = null;
            on = true;
            ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest()).getSession()
                    .removeAttribute(LoginBacking.MUST_ENROL);
            Messages.info("twoFactor.on");
        } catch (BusinessRuleException refusal) {
            Messages.refused(refusal, "twoFactorForm");
        } finally {
            code = null;
        }
    }

    public void turnOff() {
        try {
            twoFactor.turnOff(currentActor.require(), code);
            on = false;
            Messages.info("twoFactor.off");
        } catch (BusinessRuleException refusal) {
            Messages.refused(refusal, "twoFactorForm");
        } finally {
            code = null;
        }
    }

    public boolean isOn() {
        return on;
    }

    public boolean isRequired() {
        return required;
    }

    public TwoFactorService.Enrolment getEnrolment() {
        return enrolment;
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
