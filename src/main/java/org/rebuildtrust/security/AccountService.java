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
import org.rebuildtrust.shared.RecordNotFoundException;

import java.util.List;

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

    protected AccountService() {
        // for CDI
    }

    public AccountService(EntityManager em, PasswordHasher passwordHasher, AuditTrail audit) {
        this.em = em;
        this.audit = audit;
        this.passwordHasher = passwordHasher;
        this.accounts = new AccountRepository(em);
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
        checkPassword(password);
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
        checkPassword(password);
        UserAccount account = new UserAccount(practiceId, loginName, displayName, Role.CLIENT, passwordHasher.hash(password));
        em.persist(account);
        return account;
    }

    public void resetPassword(@NotNull Actor admin, long accountId, String newPassword) {
        checkPassword(newPassword);
        practiceAccount(admin, accountId).changePasswordHash(passwordHasher.hash(newPassword));
        audit.record(admin, AuditAction.CHANGE, AuditRecord.ACCOUNT, accountId, null, "password reset");
    }

    /** A signed-in person changes their own password, proving they know the current one. */
    public void changeOwnPassword(@NotNull Actor actor, String currentPassword, String newPassword) {
        UserAccount account = em.find(UserAccount.class, actor.accountId());
        if (account == null || currentPassword == null || !passwordHasher.matches(currentPassword, account.getPasswordHash())) {
            throw new BusinessRuleException("account.wrongPassword", "currentPassword");
        }
        PasswordPolicy.check(newPassword, "newPassword");
        account.changePasswordHash(passwordHasher.hash(newPassword));
        audit.record(actor, AuditAction.CHANGE, AuditRecord.ACCOUNT, account.getId(), null, "password changed by its owner");
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
