package org.rebuildtrust.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import org.rebuildtrust.shared.Language;

import java.security.Principal;
import java.util.Optional;

/**
 * The signed-in account of this request. Read from the database once per request (one indexed lookup, with the
 * practice's time zone), so a deactivated account or a changed role takes effect on its very next click.
 */
@Named("currentActor")
@RequestScoped
public class CurrentActor {

    @Inject
    SecurityContext securityContext;

    @Inject
    AccountRepository accounts;

    /** The session generation of no account: no session's, so a session whose account is gone or disabled ends. */
    public static final int NO_GENERATION = -1;

    private Actor actor;
    private int sessionGeneration = NO_GENERATION;
    private Language language;
    private boolean resolved;

    public Actor get() {
        if (!resolved) {
            resolved = true;
            Principal principal = securityContext.getCallerPrincipal();
            if (principal != null) {
                accounts.findSignedIn(principal.getName()).filter(found -> found.account().isEnabled()).ifPresent(found -> {
                    UserAccount account = found.account();
                    actor = Actor.of(account, found.practiceZone());
                    sessionGeneration = account.getSessionGeneration();
                    language = account.getLanguage();
                });
            }
        }
        return actor;
    }

    /** The signed-in account's session generation (read with it), or {@link #NO_GENERATION} when there is none. */
    public int sessionGeneration() {
        get();
        return sessionGeneration;
    }

    /** Like {@link #get()}, for code that only runs behind a security constraint. */
    public Actor require() {
        Actor current = get();
        if (current == null) {
            throw new NotSignedInException();
        }
        return current;
    }

    /** The language the signed-in person chose, if they chose one (read with the account). */
    public Optional<Language> chosenLanguage() {
        get();
        return Optional.ofNullable(language);
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
