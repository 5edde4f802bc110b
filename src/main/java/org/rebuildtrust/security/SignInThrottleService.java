package org.rebuildtrust.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.rebuildtrust.database.DatabaseMigrator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
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

    /**
     * A right password or code forgets that pair's failures (not the address's: one good account must not clear it).
     * A statement rather than a remove of a read row, so a failure counted at the same moment cannot make it fail.
     */
    public void succeeded(Step step, String loginName, String address) {
        em.createQuery("DELETE FROM SignInThrottle t WHERE t.subject = :subject")
                .setParameter("subject", pairSubject(step, loginName, address))
                .executeUpdate();
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

    /**
     * Counts one failure exactly, however many arrive at once on this instance or another: the subject's row is made
     * if it is missing (an insert that gives way to one made meanwhile), then read under a row lock (SELECT ... FOR
     * UPDATE), so failures of one subject are counted one after another instead of one overwriting another (which
     * lost counts and answered with an optimistic-lock error).
     */
    private void count(String subject, String loginName, int freeFailures) {
        Instant now = clock.instant();
        SignInThrottle throttle = locked(subject).orElseGet(() -> {
            insertUnlessPresent(subject, loginName, now);
            return locked(subject).orElseThrow();
        });
        throttle.fail(now, freeFailures);
    }

    private Optional<SignInThrottle> locked(String subject) {
        return find(subject, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Inserts the subject's row with no failures yet, unless another transaction has inserted it first: the insert runs
     * under a savepoint, and a duplicate subject (SQL state 23505, on PostgreSQL and H2 alike) only rolls back to it,
     * leaving this transaction usable. Plain JDBC because a failed JPA statement would doom the whole transaction.
     */
    private void insertUnlessPresent(String subject, String loginName, Instant now) {
        Connection connection = em.unwrap(Connection.class);
        try {
            long id = nextId(connection);
            Savepoint beforeInsert = connection.setSavepoint();
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO sign_in_throttle"
                    + " (id, version, created_at, updated_at, subject, login_name, failures, last_failure_at)"
                    + " VALUES (?, 1, ?, ?, ?, ?, 0, ?)")) {
                Timestamp at = Timestamp.from(now);
                insert.setLong(1, id);
                insert.setTimestamp(2, at);
                insert.setTimestamp(3, at);
                insert.setString(4, subject);
                insert.setString(5, loginName);
                insert.setTimestamp(6, at);
                insert.executeUpdate();
                connection.releaseSavepoint(beforeInsert);
            } catch (SQLException insertFailed) {
                if (!DatabaseMigrator.DUPLICATE_KEY.equals(insertFailed.getSQLState())) {
                    throw insertFailed;
                }
                connection.rollback(beforeInsert);
            }
        } catch (SQLException failure) {
            throw new PersistenceException("Cannot count a failed sign-in", failure);
        }
    }

    /** A new id from the entities' sequence (each value is a block of ids of its own, so none is ever given twice). */
    private static long nextId(Connection connection) throws SQLException {
        boolean postgres = "postgresql".equals(DatabaseMigrator.vendorOf(connection));
        try (PreparedStatement next = connection.prepareStatement(postgres ? "SELECT nextval('entity_id_seq')"
                : "SELECT NEXT VALUE FOR entity_id_seq"); java.sql.ResultSet value = next.executeQuery()) {
            value.next();
            return value.getLong(1);
        }
    }

    private Optional<SignInThrottle> find(String subject) {
        return find(subject, LockModeType.NONE);
    }

    private Optional<SignInThrottle> find(String subject, LockModeType lock) {
        return em.createQuery("SELECT t FROM SignInThrottle t WHERE t.subject = :subject", SignInThrottle.class)
                .setParameter("subject", subject)
                .setLockMode(lock)
                .getResultList().stream().findFirst();
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
