package org.rebuildtrust.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import org.rebuildtrust.audit.AuditAction;
import org.rebuildtrust.audit.AuditRecord;
import org.rebuildtrust.audit.AuditTrail;
import org.rebuildtrust.shared.BusinessRuleException;
import org.rebuildtrust.shared.Language;
import org.rebuildtrust.shared.RecordNotFoundException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Account administration for a practice's admin: listing, password resets, deactivation. */
@ApplicationScoped
@Transactional
public class AccountService {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher passwordHasher;

    @Inject
    AccountRepository accounts;

    @Inject
    AuditTrail audit;

    @Inject
    SignInThrottleService throttle;

    protected AccountService() {
        // for CDI
    }

    public AccountService(EntityManager em, PasswordHasher passwordHasher, AuditTrail audit) {
        this(em, passwordHasher, audit, new SignInThrottleService(em, Clock.systemUTC()));
    }

    public AccountService(EntityManager em, PasswordHasher passwordHasher, AuditTrail audit, SignInThrottleService throttle) {
        this.em = em;
        this.audit = audit;
        this.passwordHasher = passwordHasher;
        this.accounts = new AccountRepository(em);
        this.throttle = throttle;
    }

    public List<UserAccount> listPracticeAccounts(@NotNull Actor admin) {
        admin.requireAdmin();
        return em.createNamedQuery(UserAccount.FIND_BY_PRACTICE, UserAccount.class)
                .setParameter("practiceId", admin.practiceId())
                .getResultList();
    }

    /** Creates a login in the admin's practice; the password is checked and stored only as a hash. */
    public UserAccount createAccount(@NotNull Actor admin, String loginName, String displayName, Role role,
                                     String password) {
        admin.requireAdmin();
        if (accounts.loginNameTaken(loginName)) {
            throw new BusinessRuleException("account.loginNameTaken", "loginName");
        }
        PasswordPolicy.check(password, "password", loginName);
        UserAccount account = new UserAccount(admin.practiceId(), loginName, displayName, role,
                passwordHasher.hash(password));
        em.persist(account);
        audit.record(admin, AuditAction.CREATE, AuditRecord.ACCOUNT, account.getId(), null, account.getRole().name());
        return account;
    }

    /**
     * A portal login for a partner, created by their therapist or an admin of the practice. The caller links it to
     * the partner; until invitations by email exist, the therapist hands the first password over in person.
     */
    public UserAccount createClientAccount(@NotNull Actor staff, String loginName, String displayName, String password) {
        if (staff.isClient()) {
            throw new RecordNotFoundException("Account administration for account", staff.accountId());
        }
        UserAccount account = newClientAccount(staff.practiceId(), loginName, displayName, password);
        audit.record(staff, AuditAction.CREATE, AuditRecord.ACCOUNT, account.getId(), null, account.getRole().name());
        return account;
    }

    /**
     * A portal login a partner creates with a valid invitation (checked by the caller, the invitation service): the
     * same rules for login name and password as any other.
     */
    public UserAccount createInvitedClientAccount(long practiceId, String loginName, String displayName, String password) {
        return newClientAccount(practiceId, loginName, displayName, password);
    }

    private UserAccount newClientAccount(long practiceId, String loginName, String displayName, String password) {
        if (loginName == null || !loginName.matches("[A-Za-z0-9._@-]{3,64}")) {
            throw new BusinessRuleException("account.loginNameFormat", "loginName");
        }
        if (accounts.loginNameTaken(loginName)) {
            throw new BusinessRuleException("account.loginNameTaken", "loginName");
        }
        PasswordPolicy.check(password, "password", loginName);
        UserAccount account = new UserAccount(practiceId, loginName, displayName, Role.CLIENT, passwordHasher.hash(password));
        em.persist(account);
        return account;
    }

    /** An admin sets a new password; it also lifts every sign-in wait of the login (the owner gets in at once). */
    public void resetPassword(@NotNull Actor admin, long accountId, String newPassword) {
        UserAccount account = practiceAccount(admin, accountId);
        PasswordPolicy.check(newPassword, "password", account.getLoginName());
        account.changePasswordHash(passwordHasher.hash(newPassword));
        throttle.lift(account.getLoginName());
        audit.record(admin, AuditAction.CHANGE, AuditRecord.ACCOUNT, accountId, null, "password reset");
    }

    /** An admin lifts every sign-in wait of a login of the practice, from every address. */
    public void unlockSignIn(@NotNull Actor admin, long accountId) {
        UserAccount account = practiceAccount(admin, accountId);
        throttle.lift(account.getLoginName());
        audit.record(admin, AuditAction.CHANGE, AuditRecord.ACCOUNT, accountId, null, "sign-in waits lifted");
    }

    /** The practice's logins that wait now after failed sign-ins, with until when, for the admin's accounts page. */
    public Map<String, Instant> signInWaits(@NotNull Actor admin) {
        return throttle.waitingAmong(listPracticeAccounts(admin).stream().map(UserAccount::getLoginName).toList());
    }

    /**
     * A signed-in person changes their own password, proving they know the current one. The check of the current
     * password is throttled like a sign-in with this login from {@code address}: a stolen session cannot guess it.
     * Returns the account's new session generation, which the session in use adopts: it stays signed in, every other
     * session of the account ends.
     */
    public int changeOwnPassword(@NotNull Actor actor, String currentPassword, String newPassword, String address) {
        UserAccount account = em.find(UserAccount.class, actor.accountId());
        if (account == null) {
            throw new BusinessRuleException("account.wrongPassword", "currentPassword");
        }
        Optional<Duration> wait = throttle.waitFor(SignInThrottleService.Step.PASSWORD, account.getLoginName(), address);
        if (wait.isPresent()) {
            throw new BusinessRuleException("account.passwordWait", "currentPassword",
                    Math.max(1, (wait.get().toSeconds() + 59) / 60));
        }
        if (currentPassword == null || !passwordHasher.matches(currentPassword, account.getPasswordHash())) {
            // counted in the throttle's own transaction, which this refusal does not roll back
            throttle.failed(SignInThrottleService.Step.PASSWORD, account.getLoginName(), address);
            throw new BusinessRuleException("account.wrongPassword", "currentPassword");
        }
        throttle.succeeded(SignInThrottleService.Step.PASSWORD, account.getLoginName(), address);
        PasswordPolicy.check(newPassword, "newPassword", account.getLoginName());
        if (passwordHasher.matches(newPassword, account.getPasswordHash())) {
            throw new BusinessRuleException("account.passwordUnchanged", "newPassword");
        }
        account.changePasswordHash(passwordHasher.hash(newPassword));
        audit.record(actor, AuditAction.CHANGE, AuditRecord.ACCOUNT, account.getId(), null, "password changed by its owner");
        return account.getSessionGeneration();
    }

    /** A signed-in person chooses the language of their pages and emails; the next page is in it. */
    public void chooseLanguage(@NotNull Actor actor, @NotNull Language language) {
        UserAccount account = em.find(UserAccount.class, actor.accountId());
        if (account == null) {
            throw new RecordNotFoundException("Account", actor.accountId());
        }
        if (account.getLanguage() != language) {
            account.chooseLanguage(language);
            audit.record(actor, AuditAction.CHANGE, AuditRecord.ACCOUNT, account.getId(), null, "language " + language.getTag());
        }
    }

    public void deactivate(@NotNull Actor admin, long accountId) {
        if (admin.accountId() == accountId) {
            throw new BusinessRuleException("account.cannotDeactivateSelf");
        }
        practiceAccount(admin, accountId).deactivate();
        audit.record(admin, AuditAction.CHANGE, AuditRecord.ACCOUNT, accountId, null, "deactivated");
    }

    public void reactivate(@NotNull Actor admin, long accountId) {
        practiceAccount(admin, accountId).reactivate();
        audit.record(admin, AuditAction.CHANGE, AuditRecord.ACCOUNT, accountId, null, "reactivated");
    }

    static void checkPassword(String password) {
        PasswordPolicy.check(password, "password");
    }

    private UserAccount practiceAccount(Actor admin, long accountId) {
        admin.requireAdmin();
        UserAccount account = em.find(UserAccount.class, accountId);
        if (account == null || account.getPracticeId() != admin.practiceId()) {
            throw new RecordNotFoundException("Account", accountId);
        }
        return account;
    }
}
