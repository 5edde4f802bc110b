package org.rebuildtrust.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * Slows down guessing without shutting the owner out. A login name tried from one client address may fail
 * {@value #PAIR_FREE_FAILURES} times, an address {@value #ADDRESS_FREE_FAILURES} times whatever the logins (many people
 * may share one); after that each failure doubles the wait, at most {@link SignInThrottle#LONGEST_WAIT}. Someone who
 * knows a login name can therefore slow only their own tries, never its owner's from another address. Passwords and
 * second-factor codes are counted apart ({@link Step}); a check of the current password on the change-password page
 * counts as a password try. The owner always has a way in: a password reset (by link or by an admin) and an admin's
 * unlock lift every wait of the login ({@link #lift}). Each call has its own transaction: a refused try must still
 * be counted.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class SignInThrottleService {

    public static final int PAIR_FREE_FAILURES = 5;
    public static final int ADDRESS_FREE_FAILURES = 30;
    private static final int LOGIN_KEPT = 120;

    /** What is being guessed: each has its own count per login and address. */
    public enum Step {
        PASSWORD, CODE
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    protected SignInThrottleService() {
        // for CDI
    }

    public SignInThrottleService(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** How long this login from this address must still wait before trying again (the longer of its two counts). */
    public Optional<Duration> waitFor(Step step, String loginName, String address) {
        Instant now = clock.instant();
        return Stream.of(pairSubject(step, loginName, address), addressSubject(address))
                .map(this::find)
                .flatMap(Optional::stream)
                .map(t -> t.remainingWait(now))
                .flatMap(Optional::stream)
                .max(Duration::compareTo);
    }

    public boolean mustWait(Step step, String loginName, String address) {
        return waitFor(step, loginName, address).isPresent();
    }

    /**
     * What became of a try: passed, or refused with the wait that now applies; {@code checked} is false for a try made
     * during a wait, which was neither checked nor counted.
     */
    public record Attempt(boolean passed, boolean checked, Optional<Duration> waitLeft) {
    }

    /**
     * Checks a secret (a code, say) unless this login and address must wait. A try during a wait is neither checked
     * nor counted, so the wait does not grow, even when the right secret is typed; a wrong one is counted; a right one
     * forgets the pair's failures.
     */
    public Attempt attempt(Step step, String loginName, String address, BooleanSupplier check) {
        Optional<Duration> wait = waitFor(step, loginName, address);
        if (wait.isPresent()) {
            return new Attempt(false, false, wait);
        }
        if (check.getAsBoolean()) {
            succeeded(step, loginName, address);
            return new Attempt(true, true, Optional.empty());
        }
        failed(step, loginName, address);
        return new Attempt(false, true, waitFor(step, loginName, address));
    }

    public void failed(Step step, String loginName, String address) {
        count(pairSubject(step, loginName, address), login(loginName), PAIR_FREE_FAILURES);
        count(addressSubject(address), null, ADDRESS_FREE_FAILURES);
    }

    /** A right password or code forgets that pair's failures (not the address's: one good account must not clear it). */
    public void succeeded(Step step, String loginName, String address) {
        find(pairSubject(step, loginName, address)).ifPresent(em::remove);
    }

    /** Lifts every wait of the login, from every address and for each step: a reset password or an admin's unlock. */
    public void lift(String loginName) {
        em.createQuery("DELETE FROM SignInThrottle t WHERE t.loginName = :login")
                .setParameter("login", login(loginName))
                .executeUpdate();
    }

    /** The logins among these that wait now from some address, with until when (the latest), for the accounts page. */
    public Map<String, Instant> waitingAmong(Collection<String> loginNames) {
        Map<String, Instant> waiting = new HashMap<>();
        if (loginNames.isEmpty()) {
            return waiting;
        }
        em.createQuery("SELECT t.loginName, MAX(t.blockedUntil) FROM SignInThrottle t"
                        + " WHERE t.loginName IN :logins AND t.blockedUntil > :now GROUP BY t.loginName", Object[].class)
                .setParameter("logins", loginNames.stream().map(SignInThrottleService::login).toList())
                .setParameter("now", clock.instant())
                .getResultList()
                .forEach(row -> waiting.put((String) row[0], row[1] instanceof java.sql.Timestamp stamp
                        ? stamp.toInstant() : (Instant) row[1]));
        return waiting;
    }

    private void count(String subject, String loginName, int freeFailures) {
        SignInThrottle throttle = find(subject).orElseGet(() -> {
            SignInThrottle created = new SignInThrottle(subject, loginName);
            em.persist(created);
            return created;
        });
        throttle.fail(clock.instant(), freeFailures);
    }

    private Optional<SignInThrottle> find(String subject) {
        List<SignInThrottle> found = em.createQuery("SELECT t FROM SignInThrottle t WHERE t.subject = :subject",
                        SignInThrottle.class)
                .setParameter("subject", subject)
                .getResultList();
        return found.stream().findFirst();
    }

    /** The login name as accounts store it (trimmed, lower case), cut to what the column keeps. */
    static String login(String loginName) {
        String name = loginName == null ? "" : loginName.strip().toLowerCase(Locale.ROOT);
        return name.length() > LOGIN_KEPT ? name.substring(0, LOGIN_KEPT) : name;
    }

    static String pairSubject(Step step, String loginName, String address) {
        return step.name().toLowerCase(Locale.ROOT) + ":" + address(address) + "|" + login(loginName);
    }

    static String addressSubject(String address) {
        return "address:" + address(address);
    }

    private static String address(String address) {
        return address == null ? "unknown" : address.length() > 64 ? address.substring(0, 64) : address;
    }
}
