package org.rebuildtrust.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Size;
import org.omnifaces.util.Servlets;
import org.rebuildtrust.audit.AuditTrail;
import org.rebuildtrust.security.AccountRepository;
import org.rebuildtrust.security.ClientAddress;
import org.rebuildtrust.security.DatabaseIdentityStore;
import org.rebuildtrust.security.SecondFactorSteps;
import org.rebuildtrust.security.SignInThrottleService;
import org.rebuildtrust.security.SignInThrottleService.Step;
import org.rebuildtrust.security.SignInTickets;
import org.rebuildtrust.security.SignedInSessions;
import org.rebuildtrust.security.TicketCredential;
import org.rebuildtrust.security.TwoFactorService;
import org.rebuildtrust.security.UserAccount;
import org.rebuildtrust.shared.Lengths;
import org.rebuildtrust.shared.web.Messages;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

/**
 * The sign-in page, in one or two steps: the password (a failure says only "wrong login or password", whichever of
 * the two was wrong), then, for accounts with two-factor sign-in, a code from the authenticator app or a recovery
 * code. Only when every factor passed does the container authenticate, with a one-time ticket.
 */
@Named
@RequestScoped
public class LoginBacking {

    /**
     * Cookie: the secret of this browser's second step (the password was right, the code is awaited), kept by
     * {@link SecondFactorSteps} in the database so that any instance can take the code.
     */
    static final String SECOND_STEP_COOKIE = "rebuild_second_step";
    /** Session attribute: a staff member of a practice that requires a second factor, who has none yet. */
    public static final String MUST_ENROL = "rebuild.mustEnrolTwoFactor";

    @Inject
    SecurityContext securityContext;

    @Inject
    AccountRepository accounts;

    @Inject
    SignedInSessions signedInSessions;

    @Inject
    DatabaseIdentityStore passwords;

    @Inject
    SignInTickets tickets;

    @Inject
    SecondFactorSteps secondSteps;

    @Inject
    TwoFactorService twoFactor;

    @Inject
    SignInThrottleService throttle;

    @Inject
    AuditTrail audit;

    @Size(max = Lengths.LOGIN_NAME)
    private String loginName;

    @Size(max = Lengths.PASSWORD_MAX)
    private String password;

    @Size(max = 40)
    private String code;

    /** Where to go after signing in, when a page a person was on sent them here (see {@link #safeReturnPath}). */
    @Size(max = 200)
    private String returnTo;

    /** This request's answer to "is the code awaited?", once asked (the page asks several times while drawn). */
    private Optional<SecondFactorSteps.Pending> pending;

    /**
     * The pages a sign-in may return to: a page of the application itself, by its path and simple query (an answer's
     * id, say). Anything else (another site, a protocol-relative "//host", a path with "..", an encoded character) is
     * ignored and the person starts on their home page: the value comes from the browser and can be tampered with.
     */
    private static final java.util.regex.Pattern RETURN_PATH = java.util.regex.Pattern.compile(
            "/(portal|therapist|account|admin)(/[A-Za-z0-9_-]+)*/[A-Za-z0-9_-]+\\.xhtml(\\?[A-Za-z0-9_=&-]{0,100})?");

    static String safeReturnPath(String requested) {
        return requested != null && RETURN_PATH.matcher(requested).matches() ? requested : "/index.xhtml";
    }

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        String address = ClientAddress.of((HttpServletRequest) external.getRequest());
        Optional<Duration> wait = throttle.waitFor(Step.PASSWORD, loginName, address);
        if (wait.isPresent()) {
            // not checked and not counted: the wait does not grow, and the page says how long it is
            audit.signIn(loginName, null, null, false);
            refuse(faces, "login.wait", minutes(wait.get()));
            return;
        }
        CredentialValidationResult checked = loginName == null || password == null
                ? CredentialValidationResult.INVALID_RESULT
                : passwords.validate(new UsernamePasswordCredential(loginName, password));
        password = null;
        if (checked.getStatus() != CredentialValidationResult.Status.VALID) {
            wait = throttle.waitFor(Step.PASSWORD, loginName, address);
            if (wait.isPresent()) {
                refuse(faces, "login.failedWait", minutes(wait.get()));
            } else {
                refuse(faces, "login.failed");
            }
            return;
        }
        UserAccount account = accounts.findByLogin(loginName).orElseThrow();
        if (account.isTwoFactorEnabled()) {
            String secret = secondSteps.begin(account);
            setSecondStepCookie(external, secret, (int) SecondFactorSteps.TIME.toSeconds());
            pending = Optional.of(new SecondFactorSteps.Pending(account.getId(), account.getLoginName()));
            return;
        }
        complete(faces, account);
    }

    private static String secondStepSecret(HttpServletRequest request) {
        return Servlets.getRequestCookie(request, SECOND_STEP_COOKIE);
    }

    /** Sets (or, with an age of 0, removes) the second step's cookie: for this site's pages alone, never for scripts. */
    private static void setSecondStepCookie(ExternalContext external, String secret, int maxAgeSeconds) {
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        Cookie cookie = new Cookie(SECOND_STEP_COOKIE, secret);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setMaxAge(maxAgeSeconds);
        cookie.setAttribute("SameSite", "Strict");
        ((HttpServletResponse) external.getResponse()).addCookie(cookie);
    }

    /** The second step this request belongs to, if any (asked of the database once per request). */
    private Optional<SecondFactorSteps.Pending> pending() {
        if (pending == null) {
            pending = secondSteps.find(secondStepSecret(
                    (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest()));
        }
        return pending;
    }

    /**
     * Ends this browser's second step, in the database and in the browser; true when this request ended it (of the same
     * code sent twice at once, to two instances, only one completes the sign-in).
     */
    private boolean endSecondStep(ExternalContext external) {
        boolean endedHere = secondSteps.end(secondStepSecret((HttpServletRequest) external.getRequest()));
        setSecondStepCookie(external, "", 0);
        pending = Optional.empty();
        return endedHere;
    }

    /**
     * The second step: a current code, or a recovery code. Failures count toward a wait of their own for this login and
     * address; during it no code is checked or counted.
     */
    public void verifyCode() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        Optional<SecondFactorSteps.Pending> step = pending();
        if (step.isEmpty()) {
            endSecondStep(external);
            refuse(faces, "twoFactor.startAgain");
            return;
        }
        SecondFactorSteps.Pending awaited = step.get();
        String address = ClientAddress.of(request);
        String typed = code;
        SignInThrottleService.Attempt attempt = throttle.attempt(Step.CODE, awaited.loginName(), address,
                () -> twoFactor.verifySignIn(awaited.accountId(), typed));
        if (!attempt.passed()) {
            code = null;
            if (!attempt.checked()) {
                // typed during the wait: not checked, not counted, so the wait does not grow
                Messages.error("twoFactor.wait", minutes(attempt.waitLeft().orElseThrow()));
            } else {
                audit.signIn(awaited.loginName(), awaited.accountId(), null, false);
                attempt.waitLeft().ifPresentOrElse(wait -> Messages.error("twoFactor.wrongCodeWait", minutes(wait)),
                        () -> Messages.error("twoFactor.wrongCode"));
            }
            faces.validationFailed();
            return;
        }
        if (!endSecondStep(external)) {
            refuse(faces, "twoFactor.startAgain");
            return;
        }
        complete(faces, accounts.findByLogin(awaited.loginName()).orElseThrow());
    }

    public void cancelCode() {
        endSecondStep(FacesContext.getCurrentInstance().getExternalContext());
    }

    /** Whether the page asks for the code (the password was right, the code is awaited). */
    public boolean isCodeStep() {
        return pending().isPresent();
    }

    private void complete(FacesContext faces, UserAccount account) throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        // A fresh session id for the signed-in session: an id known before sign-in is worthless after it.
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                withParams().newAuthentication(true)
                        .credential(new TicketCredential(account.getLoginName(), tickets.issue(account.getLoginName()))));
        if (status == AuthenticationStatus.SUCCESS) {
            signedInSessions.signedIn(account.getId(), account.getSessionGeneration(), request.getSession());
            boolean mustEnrol = !account.isTwoFactorEnabled() && twoFactor.isRequired(account);
            if (mustEnrol) {
                request.getSession().setAttribute(MUST_ENROL, Boolean.TRUE);
            }
            external.redirect(external.getRequestContextPath()
                    + (mustEnrol ? "/account/two-factor.xhtml" : safeReturnPath(returnTo)));
        } else if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
        } else {
            refuse(faces, "login.failed");
        }
    }

    private void refuse(FacesContext faces, String messageKey, Object... arguments) {
        // A refused attempt leaves nothing behind: the page re-renders in a fresh session.
        faces.getExternalContext().invalidateSession();
        password = null;
        code = null;
        Messages.error(messageKey, arguments);
        faces.validationFailed();
    }

    /** A wait in whole minutes, rounded up: "try again in 1 minute" is never too early. */
    static long minutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }

    public String getLoginName() {
        return loginName;
    }

    public void setLoginName(String loginName) {
        this.loginName = loginName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getReturnTo() {
        return returnTo;
    }

    public void setReturnTo(String returnTo) {
        this.returnTo = returnTo;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
