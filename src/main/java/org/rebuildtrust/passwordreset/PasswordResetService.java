package org.rebuildtrust.passwordreset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.rebuildtrust.audit.AuditAction;
import org.rebuildtrust.audit.AuditRecord;
import org.rebuildtrust.audit.AuditTrail;
import org.rebuildtrust.couples.Partner;
import org.rebuildtrust.mail.Mailer;
import org.rebuildtrust.security.AccountRepository;
import org.rebuildtrust.security.Actor;
import org.rebuildtrust.security.PasswordHasher;
import org.rebuildtrust.security.PasswordPolicy;
import org.rebuildtrust.security.Role;
import org.rebuildtrust.security.SignInThrottleService;
import org.rebuildtrust.security.UserAccount;
import org.rebuildtrust.shared.BusinessRuleException;
import org.rebuildtrust.shared.Texts;
import org.rebuildtrust.shared.Tokens;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * "Forgot your password?": a single-use link, valid 30 minutes, emailed to the address on record (a partner's own
 * address; a therapist's or admin's account address). The person asking is always told the same thing, so the page
 * does not reveal which login names exist. At most one link per account every five minutes.
 */
@ApplicationScoped
@Transactional
public class PasswordResetService {

    static final Duration QUIET_PERIOD = Duration.ofMinutes(5);

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher passwordHasher;

    @Inject
    Mailer mailer;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    SignInThrottleService throttle;

    protected PasswordResetService() {
        // for CDI
    }

    public PasswordResetService(EntityManager em, PasswordHasher passwordHasher, Mailer mailer, AuditTrail audit, Clock clock) {
        this(em, passwordHasher, mailer, audit, clock, new SignInThrottleService(em, clock));
    }

    public PasswordResetService(EntityManager em, PasswordHasher passwordHasher, Mailer mailer, AuditTrail audit, Clock clock,
                                SignInThrottleService throttle) {
        this.em = em;
        this.accounts = new AccountRepository(em);
        this.passwordHasher = passwordHasher;
        this.mailer = mailer;
        this.audit = audit;
        this.clock = clock;
        this.throttle = throttle;
    }

    /** Sends a link when the login exists, is active, has an address and had no link in the last five minutes. */
    public void request(String loginName, String portalAddress) {
        request(loginName, portalAddress, null, Locale.ENGLISH);
    }

    /**
     * The same, for a request asked from the client address {@code askedFrom} and carried out away from it (see
     * {@link PasswordResetRequests}): the audit entry names that address. The email is in the language the account's
     * owner chose, or else in that of the page the request came from.
     */
    public void request(String loginName, String portalAddress, String askedFrom, Locale pageLanguage) {
        Optional<UserAccount> found = loginName == null ? Optional.empty() : accounts.findByLogin(loginName);
        if (found.isEmpty() || !found.get().isEnabled()) {
            return;
        }
        UserAccount account = found.get();
        Optional<String> address = addressOf(account);
        Instant now = clock.instant();
        if (address.isEmpty() || recentlySent(account, now)) {
            return;
        }
        String token = Tokens.newToken();
        em.persist(new PasswordReset(account, token, now));
        Texts words = Texts.in(account.getLanguage() != null ? account.getLanguage().locale() : pageLanguage);
        mailer.send(address.get(), words.get("mail.passwordReset.subject"), words.get("mail.passwordReset.body",
                account.getLoginName(), portalAddress + "/reset.xhtml?token=" + token));
        audit.record(Actor.of(account), AuditAction.CHANGE, AuditRecord.ACCOUNT, account.getId(), null,
                askedFrom == null ? "password reset link sent" : "password reset link sent, asked from " + askedFrom);
    }

    /** Whether a link may still be used, for the reset page. */
    public boolean isUsable(String token) {
        return find(token).isPresent();
    }

    /**
     * Sets the new password from a valid link and uses it up (with any other open link of the account), and lifts every
     * sign-in wait of the login. Returns the account, whose other sessions the caller ends.
     */
    public UserAccount reset(String token, String newPassword) {
        PasswordReset reset = find(token).orElseThrow(() -> new BusinessRuleException("reset.invalid"));
        UserAccount account = reset.getAccount();
        PasswordPolicy.check(newPassword, "password", account.getLoginName());
        if (passwordHasher.matches(newPassword, account.getPasswordHash())) {
            throw new BusinessRuleException("account.passwordUnchanged", "password");
        }
        account.changePasswordHash(passwordHasher.hash(newPassword));
        // the owner is in again: no wait left from anyone's failed sign-ins
        throttle.lift(account.getLoginName());
        Instant now = clock.instant();
        em.createQuery("SELECT r FROM PasswordReset r WHERE r.account.id = :account", PasswordReset.class)
                .setParameter("account", account.getId())
                .getResultList().forEach(r -> r.use(now));
        audit.record(Actor.of(account), AuditAction.CHANGE, AuditRecord.ACCOUNT, account.getId(), null,
                "password reset by link");
        return account;
    }

    private Optional<PasswordReset> find(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        List<PasswordReset> found = em.createQuery("SELECT r FROM PasswordReset r JOIN FETCH r.account"
                        + " WHERE r.tokenHash = :hash", PasswordReset.class)
                .setParameter("hash", PasswordReset.hash(token))
                .getResultList();
        return found.stream().filter(r -> r.isUsable(clock.instant())).findFirst();
    }

    private boolean recentlySent(UserAccount account, Instant now) {
        return em.createQuery("SELECT COUNT(r) FROM PasswordReset r WHERE r.account.id = :account AND r.expiresAt > :after",
                        Long.class)
                .setParameter("account", account.getId())
                .setParameter("after", now.minus(QUIET_PERIOD).plus(PasswordReset.VALID_FOR))
                .getSingleResult() > 0;
    }

    private Optional<String> addressOf(UserAccount account) {
        if (account.getRole() == Role.CLIENT) {
            return em.createNamedQuery(Partner.FIND_BY_ACCOUNT, Partner.class)
                    .setParameter("accountId", account.getId())
                    .getResultStream().findFirst().map(Partner::getEmail);
        }
        return Optional.ofNullable(account.getEmail());
    }
}
