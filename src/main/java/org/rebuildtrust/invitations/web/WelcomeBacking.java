package org.rebuildtrust.invitations.web;

import org.rebuildtrust.shared.Lengths;
import jakarta.validation.constraints.Size;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.rebuildtrust.invitations.InvitationService;
import org.rebuildtrust.shared.BusinessRuleException;
import org.rebuildtrust.shared.web.Messages;

import java.io.IOException;
import java.io.Serializable;

/** The page an invitation link opens: the partner chooses their login name and password. */
@Named
@ViewScoped
public class WelcomeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient InvitationService invitations;

    private String token;
    private String firstName;
    private boolean valid;
    @Size(max = Lengths.LOGIN_NAME)
    private String loginName;
    @Size(max = Lengths.PASSWORD_MAX)
    private String password;

    public void load() {
        try {
            firstName = invitations.open(token).getPartner().getFirstName();
            valid = true;
        } catch (BusinessRuleException refusal) {
            valid = false;
            Messages.error(refusal.getMessageKey());
        }
    }

    public void create() throws IOException {
        try {
            invitations.accept(token, loginName, password);
            Messages.infoAfterRedirect("welcome.created");
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/login.xhtml");
        } catch (BusinessRuleException refusal) {
            password = null;
            Messages.refused(refusal, "welcomeForm");
            if ("invitation.invalid".equals(refusal.getMessageKey())) {
                valid = false;
            }
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getFirstName() {
        return firstName;
    }

    public boolean isValid() {
        return valid;
    }

    public String getLoginName() {
        return loginName;
    }

    public void setLoginName(String loginName) {
        this.loginName = loginName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
