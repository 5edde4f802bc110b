package org.rebuildtrust.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.rebuildtrust.shared.Tokens;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The step between a right password and the two-factor code, kept in the database (pending_second_factor) rather than
 * in a server session: with two instances behind a load balancer, the code may reach another instance than the
 * password did, and a sign-in page needs no session until someone is signed in. The person's browser holds a secret
 * (in a cookie); only its SHA-256 is stored. A step lasts five minutes and ends when the code was right or the person
 * cancels; expired steps are deleted when the next one begins.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class SecondFactorSteps {

    /** How long the second step waits for its code after the password was right. */
    public static final Duration TIME = Duration.ofMinutes(5);

    /** The account whose password was right, awaiting its code. */
    public record Pending(long accountId, String loginName) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    protected SecondFactorSteps() {
        // for CDI
    }

    public SecondFactorSteps(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** Begins the step for an account whose password was right; returns the secret for the person's browser. */
    public String begin(UserAccount account) {
        Instant now = clock.instant();
        em.createNativeQuery("DELETE FROM pending_second_factor WHERE expires_at < ?1")
                .setParameter(1, Timestamp.from(now)).executeUpdate();
        String secret = Tokens.newToken();
        em.createNativeQuery("INSERT INTO pending_second_factor (secret_hash, account_id, login_name, expires_at)"
                        + " VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, Tokens.sha256Hex(secret))
                .setParameter(2, account.getId())
                .setParameter(3, account.getLoginName())
                .setParameter(4, Timestamp.from(now.plus(TIME)))
                .executeUpdate();
        return secret;
    }

    /** The step this secret stands for, while it lasts; empty for an unknown, ended or expired one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Pending> find(String secret) {
        if (secret == null || secret.isBlank()) {
            return Optional.empty();
        }
        List<?> rows = em.createNativeQuery("SELECT account_id, login_name FROM pending_second_factor"
                        + " WHERE secret_hash = ?1 AND expires_at > ?2")
                .setParameter(1, Tokens.sha256Hex(secret))
                .setParameter(2, Timestamp.from(clock.instant()))
                .getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] columns = (Object[]) row;
            return new Pending(((Number) columns[0]).longValue(), (String) columns[1]);
        });
    }

    /**
     * Ends the step (the code was right, or the person cancelled); true when this call ended it, so that of two
     * requests with the same secret on two instances only one completes the sign-in.
     */
    public boolean end(String secret) {
        return secret != null && em.createNativeQuery("DELETE FROM pending_second_factor WHERE secret_hash = ?1")
                .setParameter(1, Tokens.sha256Hex(secret)).executeUpdate() == 1;
    }
}
