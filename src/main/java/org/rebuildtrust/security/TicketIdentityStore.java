package org.rebuildtrust.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.transaction.Transactional;

import java.util.Set;

/** Completes a sign-in from a ticket of {@link SignInTickets}; passwords are checked by {@link DatabaseIdentityStore}. */
@ApplicationScoped
public class TicketIdentityStore implements IdentityStore {

    @Inject
    SignInTickets tickets;

    @Inject
    AccountRepository accounts;

    @Transactional
    public CredentialValidationResult validate(TicketCredential credential) {
        if (!tickets.redeem(credential.loginName(), credential.ticket())) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return accounts.findByLogin(credential.loginName()).filter(UserAccount::isEnabled)
                .map(a -> new CredentialValidationResult(a.getLoginName(), Set.of(a.getRole().name())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
