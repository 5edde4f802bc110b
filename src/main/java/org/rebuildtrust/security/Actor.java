package org.rebuildtrust.security;

import org.rebuildtrust.shared.RecordNotFoundException;

import java.io.Serializable;
import java.time.ZoneId;

/**
 * Who is making a request: every service method takes one and decides from it what may be read or changed.
 * Built from the signed-in account on each request, so a deactivated account stops working at once.
 *
 * @param practiceZone the zone the practice keeps its calendar in, read in the same statement as the account for a
 *                     signed-in request ({@link AccountRepository#findSignedIn}); null where the actor was made without
 *                     it (a timer, sign-in, tests), and then whoever needs it reads the practice
 *                     ({@code PracticeSettings.zoneOf}). A page's sections each asked the practice for it.
 */
public record Actor(long accountId, long practiceId, Role role, String loginName, String displayName,
                    ZoneId practiceZone) implements Serializable {

    public Actor(long accountId, long practiceId, Role role, String loginName, String displayName) {
        this(accountId, practiceId, role, loginName, displayName, null);
    }

    public static Actor of(UserAccount account) {
        return of(account, null);
    }

    public static Actor of(UserAccount account, ZoneId practiceZone) {
        return new Actor(account.getId(), account.getPracticeId(), account.getRole(), account.getLoginName(),
                account.getDisplayName(), practiceZone);
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
