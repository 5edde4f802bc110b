package org.rebuildtrust.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Slows down password guessing. A login name may fail {@value #ACCOUNT_FREE_FAILURES} times, an address
 * {@value #ADDRESS_FREE_FAILURES} times (many people may share one); after that each failure doubles the wait.
 * While either waits, sign-in is refused without checking the password, and the person is told only "wrong login or
 * password", so the wait reveals nothing about the account. Each call has its own transaction: a refused sign-in must
 * still be counted.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class SignInThrottleService {

    public static final int ACCOUNT_FREE_FAILURES = 5;
    public static final int ADDRESS_FREE_FAILURES = 30;

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

    /** Whether this login name or this address must wait before trying again. */
    public boolean mustWait(String loginName, String address) {
        return find(accountSubject(loginName)).map(t -> t.isBlocked(clock.instant())).orElse(false)
                || find(addressSubject(address)).map(t -> t.isBlocked(clock.instant())).orElse(false);
    }

    public void failed(String loginName, String address) {
        count(accountSubject(loginName), ACCOUNT_FREE_FAILURES);
        count(addressSubject(address), ADDRESS_FREE_FAILURES);
    }

    /** A correct password forgets the login name's failures (not the address's: one good account must not clear it). */
    public void succeeded(String loginName) {
        find(accountSubject(loginName)).ifPresent(em::remove);
    }

    private void count(String subject, int freeFailures) {
        SignInThrottle throttle = find(subject).orElseGet(() -> {
            SignInThrottle created = new SignInThrottle(subject);
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

    static String accountSubject(String loginName) {
        String name = loginName == null ? "" : loginName.strip().toLowerCase(Locale.ROOT);
        return "login:" + (name.length() > 150 ? name.substring(0, 150) : name);
    }

    static String addressSubject(String address) {
        return "address:" + (address == null ? "unknown" : address);
    }
}
