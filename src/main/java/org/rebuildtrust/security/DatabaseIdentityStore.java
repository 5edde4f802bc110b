package org.rebuildtrust.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import org.rebuildtrust.audit.AuditTrail;

import java.util.Optional;
import java.util.Set;

/** Checks a login name and password against the accounts table; disabled accounts cannot sign in. */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher passwordHasher;

    @Inject
    SignInThrottleService throttle;

    @Inject
    HttpServletRequest request;

    @Inject
    AuditTrail audit;

    /**
     * Every outcome costs one password hash, so timing does not tell a known login from an unknown one or a waiting
     * one; a login name tried from an address that must wait is refused without looking at the password (see
     * {@link SignInThrottleService}). The sign-in page asks the throttle first, to say how long the wait is.
     */
    @Transactional
    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String password = credential.getPasswordAsString();
        String loginName = credential.getCaller();
        String address = ClientAddress.of(request);
        if (throttle.mustWait(SignInThrottleService.Step.PASSWORD, loginName, address)) {
            // not counted: an attacker could otherwise keep the real owner waiting for ever
            passwordHasher.matchNothing(password);
            audit.signIn(loginName, null, null, false);
            return CredentialValidationResult.INVALID_RESULT;
        }
        Optional<UserAccount> found = accounts.findByLogin(loginName);
        if (found.isEmpty()) {
            passwordHasher.matchNothing(password);
            throttle.failed(SignInThrottleService.Step.PASSWORD, loginName, address);
            audit.signIn(loginName, null, null, false);
            return CredentialValidationResult.INVALID_RESULT;
        }
        UserAccount account = found.get();
        if (!passwordHasher.matches(password, account.getPasswordHash()) || !account.isEnabled()) {
            throttle.failed(SignInThrottleService.Step.PASSWORD, loginName, address);
            audit.signIn(loginName, account.getId(), account.getRole().name(), false);
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (passwordHasher.needsUpgrade(account.getPasswordHash())) {
            accounts.upgradePasswordHash(account.getId(), account.getPasswordHash(), passwordHasher.hash(password));
        }
        throttle.succeeded(SignInThrottleService.Step.PASSWORD, loginName, address);
        audit.signIn(account.getLoginName(), account.getId(), account.getRole().name(), true);
        return new CredentialValidationResult(account.getLoginName(), Set.of(account.getRole().name()));
    }
}
