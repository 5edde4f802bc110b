package org.rebuildtrust.security.web;

import org.rebuildtrust.shared.Lengths;
import jakarta.validation.constraints.Size;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.rebuildtrust.security.AccountService;
import org.rebuildtrust.security.ClientAddress;
import org.rebuildtrust.security.CurrentActor;
import org.rebuildtrust.security.SignedInSessions;
import org.rebuildtrust.shared.BusinessRuleException;
import org.rebuildtrust.shared.web.Messages;

/** Anyone signed in changes their own password; their other sessions end, this one goes on. */
@Named
@RequestScoped
public class ChangePasswordBacking {

    @Inject
    AccountService accounts;

    @Inject
    CurrentActor currentActor;

    @Inject
    SignedInSessions signedInSessions;

    @Size(max = Lengths.PASSWORD_MAX)
    private String currentPassword;
    @Size(max = Lengths.PASSWORD_MAX)
    private String newPassword;

    public void change() {
        try {
            HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
            int newGeneration = accounts.changeOwnPassword(currentActor.require(), currentPassword, newPassword,
                    ClientAddress.of(request));
            signedInSessions.endOthersOf(currentActor.require().accountId(), request.getSession(), newGeneration);
            Messages.info("account.passwordChanged");
        } catch (BusinessRuleException refusal) {
            Messages.refused(refusal, "passwordForm");
        } finally {
            currentPassword = null;
            newPassword = null;
        }
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
