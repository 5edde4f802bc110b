package org.rebuildtrust.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.rebuildtrust.security.Actor;
import org.rebuildtrust.security.CurrentActor;

import java.io.IOException;

/** The site root sends each person to their own home: sign-in, caseload or portal. */
@Named
@RequestScoped
public class StartPageBacking {

    @Inject
    CurrentActor currentActor;

    public void goHome() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Actor actor = currentActor.get();
        String target;
        if (actor == null) {
            target = "/login.xhtml";
        } else if (actor.isClient()) {
            target = "/portal/home.xhtml";
        } else {
            target = "/therapist/caseload.xhtml";
        }
        external.redirect(external.getRequestContextPath() + target);
    }
}
