package org.rebuildtrust.passwordreset.web;

import org.rebuildtrust.shared.Lengths;
import jakarta.validation.constraints.Size;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.rebuildtrust.passwordreset.PasswordResetRequests;
import org.rebuildtrust.passwordreset.PasswordResetService;
import org.rebuildtrust.security.ClientAddress;
import org.rebuildtrust.security.SignedInSessions;
import org.rebuildtrust.security.UserAccount;
import org.rebuildtrust.shared.BusinessRuleException;
import org.rebuildtrust.shared.web.Messages;
import org.rebuildtrust.shared.web.PortalAddress;

import java.io.IOException;
import java.io.Serializable;

/** "Forgot your password?" (ask for a link) and the page the link opens (choose a new password). */
@Named
@ViewScoped
public class PasswordResetBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PasswordResetService resets;

    @Inject
    transient PortalAddress portalAddress;

    @Inject
    transient PasswordResetRequests requests;

    @Inject
    transient SignedInSessions signedInSessions;

    @Size(max = Lengths.LOGIN_NAME)
    private String loginName;
    private boolean requested;
    private String token;
    private boolean usable;
    @Size(max = Lengths.PASSWORD_MAX)
    private String password;

    /** The same answer, in the same time, whether or not the login exists (see {@link PasswordResetRequests}). */
    public void request() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        requests.ask(loginName, portalAddress.current(), ClientAddress.of(request), Messages.locale());
        requested = true;
        Messages.info("reset.requested");
    }

    public void loadLink() {
        usable = resets.isUsable(token);
        if (!usable) {
            Messages.error("reset.invalid");
        }
    }

    public void reset() throws IOException {
        try {
            UserAccount account = resets.reset(token, password);
            signedInSessions.endAllOf(account.getId());
            Messages.infoAfterRedirect("reset.done");
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/login.xhtml");
        } catch (BusinessRuleException refusal) {
            password = null;
            Messages.refused(refusal, "resetForm");
            usable = !"reset.invalid".equals(refusal.getMessageKey());
        }
    }

    public String getLoginName() {
        return loginName;
    }

    public void setLoginName(String loginName) {
        this.loginName = loginName;
    }

    public boolean isRequested() {
        return requested;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public boolean isUsable() {
        return usable;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
