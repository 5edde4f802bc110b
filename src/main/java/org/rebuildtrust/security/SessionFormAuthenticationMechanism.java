package org.rebuildtrust.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.Serializable;
import java.util.Set;

/**
 * Form sign-in on our own JSF page, remembered in the HTTP session by us rather than by Soteria's @AutoApplySession.
 *
 * Why: on Payara 6 (through 6.2025.11) @AutoApplySession re-authenticates a signed-in session with only a
 * CallerPrincipalCallback; Payara then recovers the caller's groups through a field on the thread's
 * com.sun.enterprise.security.SecurityContext, which for many requests is the one static default context shared by
 * all threads and nulled by every other request (JaspicRealm.setAdditionalPrincipalInContext / reset...,
 * BaseContainerCallbackHandler.processCallerPrincipal). Under concurrency the groups get lost and the container
 * answers 403 (payara/Payara#6145, fixed only in Payara 7.2026.2 by PR #7928, FISH-7515). Here every request hands the
 * groups over explicitly (GroupPrincipalCallback), so nothing depends on that shared state.
 */
@ApplicationScoped
public class SessionFormAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Session attribute: who signed in, with the groups the identity store gave. */
    static final String SIGNED_IN = "rebuild.signedInCaller";
    private static final String LOGIN_PAGE = "/login.xhtml";

    record SignedInCaller(String name, Set<String> groups) implements Serializable {
    }

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) { // SecurityContext.authenticate from LoginBacking, with a one-time ticket
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                request.getSession().setAttribute(SIGNED_IN, new SignedInCaller(
                        result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
            }
            return context.notifyContainerAboutLogin(result); // SEND_FAILURE when not valid
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SIGNED_IN) instanceof SignedInCaller caller) {
            return context.notifyContainerAboutLogin(new CallerPrincipal(caller.name()), caller.groups());
        }
        if (context.isProtected() && !context.isAuthenticationRequest()) {
            // A session id this server does not know: the session ended here, or was on an instance that is gone (a
            // load balancer sent the request elsewhere). The sign-in page says so; see login.xhtml.
            boolean ended = request.getRequestedSessionId() != null && session == null;
            return context.redirect(request.getContextPath() + LOGIN_PAGE + (ended ? "?ended=gone" : ""));
        }
        return context.doNothing();
    }

    /** Signing out (request.logout) forgets the caller at once, even before the session itself is ended. */
    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SIGNED_IN);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }
}
