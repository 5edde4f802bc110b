package org.rebuildtrust.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.transaction.Transactional;

import java.util.Optional;
import java.util.Set;

/** Checks a login name and password against the accounts table; disabled accounts cannot sign in. */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher passwordHasher;

    @Transactional
    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String password = credential.getPasswordAsString();
        Optional<UserAccount> found = accounts.findByLogin(credential.getCaller());
        if (found.isEmpty()) {
            passwordHasher.matchNothing(password);
            return CredentialValidationResult.INVALID_RESULT;
        }
        UserAccount account = found.get();
        if (!passwordHasher.matches(password, account.getPasswordHash()) || !account.isEnabled()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(account.getLoginName(), Set.of(account.getRole().name()));
    }
}
