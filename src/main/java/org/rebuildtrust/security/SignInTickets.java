package org.rebuildtrust.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.rebuildtrust.shared.Tokens;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One-time tickets that complete a sign-in once every factor has been checked (the password, then the code when the
 * account has two-factor sign-in): the container's authentication redeems the ticket instead of seeing the password
 * again. A ticket lives two minutes, belongs to one login, and works once.
 */
@ApplicationScoped
public class SignInTickets {

    static final Duration LIFETIME = Duration.ofMinutes(2);

    @Inject
    Clock clock;

    private final Map<String, Issued> tickets = new ConcurrentHashMap<>();

    private record Issued(String loginName, Instant expiresAt) {
    }

    public String issue(String loginName) {
        tickets.values().removeIf(t -> t.expiresAt().isBefore(clock.instant()));
        String ticket = Tokens.newToken();
        tickets.put(ticket, new Issued(UserAccount.normalizeLoginName(loginName), clock.instant().plus(LIFETIME)));
        return ticket;
    }

    boolean redeem(String loginName, String ticket) {
        Issued issued = ticket == null ? null : tickets.remove(ticket);
        return issued != null && issued.expiresAt().isAfter(clock.instant())
                && issued.loginName().equals(UserAccount.normalizeLoginName(loginName));
    }
}
