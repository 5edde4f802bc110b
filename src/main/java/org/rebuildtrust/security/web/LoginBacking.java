package org.rebuildtrust.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.rebuildtrust.security.AccountRepository;
import org.rebuildtrust.security.SignedInSessions;
import org.rebuildtrust.shared.Lengths;
import org.rebuildtrust.shared.web.Messages;

import java.io.IOException;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

/** The sign-in form. A failure says only "wrong login or password", whichever of the two was wrong. */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    SecurityContext securityContext;

    @Inject
    AccountRepository accounts;

    @Inject
    SignedInSessions signedInSessions;

    @NotBlank
    @Size(max = Lengths.LOGIN_NAME)
    private String loginName;

    @NotBlank
    @Size(max = Lengths.PASSWORD_MAX)
    private String password;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        // A fresh session id for the signed-in session: an id known before sign-in is worthless after it.
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                withParams().newAuthentication(true).credential(new UsernamePasswordCredential(loginName, password)));
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> {
                accounts.findByLogin(loginName).ifPresent(account -> signedInSessions.signedIn(account.getId(), request.getSession()));
                external.redirect(external.getRequestContextPath() + "/index.xhtml");
            }
            default -> {
                // Soteria leaves a "caller-initiated authentication" marker in the session after a failure, which
                // makes later requests for protected pages answer blank instead of showing the sign-in page.
                // A fresh session drops it; the page re-renders in the new one.
                external.invalidateSession();
                password = null;
                Messages.error("login.failed");
                faces.validationFailed();
            }
        }
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
