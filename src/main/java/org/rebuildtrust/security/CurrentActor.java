package org.rebuildtrust.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import java.security.Principal;

/**
 * The signed-in account of this request. Read from the database once per request (one indexed lookup),
 * so a deactivated account or a changed role takes effect on its very next click.
 */
@Named("currentActor")
@RequestScoped
public class CurrentActor {

    @Inject
    SecurityContext securityContext;

    @Inject
    AccountRepository accounts;

    private Actor actor;
    private boolean resolved;

    public Actor get() {
        if (!resolved) {
            resolved = true;
            Principal principal = securityContext.getCallerPrincipal();
            if (principal != null) {
                actor = accounts.findByLogin(principal.getName())
                        .filter(UserAccount::isEnabled)
                        .map(Actor::of)
                        .orElse(null);
            }
        }
        return actor;
    }

    /** Like {@link #get()}, for code that only runs behind a security constraint. */
    public Actor require() {
        Actor current = get();
        if (current == null) {
            throw new NotSignedInException();
        }
        return current;
    }

    public boolean isSignedIn() {
        return get() != null;
    }

    /** For the layout header: who is signed in. */
    public String getDisplayName() {
        Actor current = get();
        return current == null ? "" : current.displayName();
    }

    public boolean isAdmin() {
        Actor current = get();
        return current != null && current.isAdmin();
    }

    /** Therapists and admins: the practice's side, who may follow links into the couple's record. */
    public boolean isStaff() {
        Actor current = get();
        return current != null && !current.isClient();
    }
}
