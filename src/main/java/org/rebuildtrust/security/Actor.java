package org.rebuildtrust.security;

import org.rebuildtrust.shared.RecordNotFoundException;

import java.io.Serializable;

/**
 * Who is making a request: every service method takes one and decides from it what may be read or changed.
 * Built from the signed-in account on each request, so a deactivated account stops working at once.
 */
public record Actor(long accountId, long practiceId, Role role, String loginName, String displayName)
        implements Serializable {

    public static Actor of(UserAccount account) {
        return new Actor(account.getId(), account.getPracticeId(), account.getRole(), account.getLoginName(),
                account.getDisplayName());
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public boolean isTherapist() {
        return role == Role.THERAPIST;
    }

    public boolean isClient() {
        return role == Role.CLIENT;
    }

    /** Admin functions answer anyone else as if they did not exist. */
    public void requireAdmin() {
        if (!isAdmin()) {
            throw new RecordNotFoundException("Admin function for account", accountId);
        }
    }
}
