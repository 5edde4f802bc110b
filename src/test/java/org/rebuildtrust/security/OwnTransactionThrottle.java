package org.rebuildtrust.security;

import jakarta.persistence.EntityManager;
import org.rebuildtrust.testsupport.JpaTestContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The throttle as the container runs it: every call in a transaction of its own (REQUIRES_NEW), so a failure counted
 * by a service that then refuses (and rolls back its own transaction) stays counted.
 */
final class OwnTransactionThrottle extends SignInThrottleService {

    private final JpaTestContext jpa;

    OwnTransactionThrottle(JpaTestContext jpa, Clock clock) {
        super(null, clock);
        this.jpa = jpa;
    }

    private <T> T own(Supplier<T> work) {
        EntityManager own = jpa.newEntityManager();
        EntityManager before = em;
        em = own;
        try {
            own.getTransaction().begin();
            T result = work.get();
            own.getTransaction().commit();
            return result;
        } finally {
            if (own.getTransaction().isActive()) {
                own.getTransaction().rollback();
            }
            em = before;
            own.close();
        }
    }

    @Override
    public Optional<Duration> waitFor(Step step, String loginName, String address) {
        return own(() -> super.waitFor(step, loginName, address));
    }

    @Override
    public void failed(Step step, String loginName, String address) {
        own(() -> {
            super.failed(step, loginName, address);
            return null;
        });
    }

    @Override
    public void succeeded(Step step, String loginName, String address) {
        own(() -> {
            super.succeeded(step, loginName, address);
            return null;
        });
    }

    @Override
    public void lift(String loginName) {
        own(() -> {
            super.lift(loginName);
            return null;
        });
    }

    @Override
    public Map<String, Instant> waitingAmong(Collection<String> loginNames) {
        return own(() -> super.waitingAmong(loginNames));
    }
}
