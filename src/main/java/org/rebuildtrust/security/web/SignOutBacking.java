package org.rebuildtrust.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.rebuildtrust.audit.AuditAction;
import org.rebuildtrust.audit.AuditRecord;
import org.rebuildtrust.audit.AuditTrail;
import org.rebuildtrust.security.Actor;
import org.rebuildtrust.security.CurrentActor;

import java.io.IOException;

/** Sign-out (a POST from the layout header): ends the authentication and the whole session. */
@Named
@RequestScoped
public class SignOutBacking {

    @Inject
    CurrentActor currentActor;

    @Inject
    AuditTrail audit;

    public void signOut() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Actor actor = currentActor.get();
        if (actor != null) {
            audit.record(actor, AuditAction.SIGN_OUT, AuditRecord.ACCOUNT, actor.accountId(), null, null);
        }
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml");
    }
}
