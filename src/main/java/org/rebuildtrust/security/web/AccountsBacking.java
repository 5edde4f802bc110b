package org.rebuildtrust.security.web;

import org.rebuildtrust.shared.Lengths;
import jakarta.validation.constraints.Size;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.rebuildtrust.security.AccountService;
import org.rebuildtrust.security.CurrentActor;
import org.rebuildtrust.security.SignedInSessions;
import org.rebuildtrust.security.TwoFactorService;
import org.rebuildtrust.security.UserAccount;
import org.rebuildtrust.shared.BusinessRuleException;
import org.rebuildtrust.shared.web.Messages;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The admin's accounts page: every login of the practice, with deactivate, reactivate, password reset and unlock (lifts
 * the waits after failed sign-ins).
 */
@Named
@ViewScoped
public class AccountsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AccountService accountService;

    @Inject
    transient CurrentActor currentActor;

    @Inject
    transient SignedInSessions signedInSessions;

    @Inject
    transient Clock clock;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm");

    private List<UserAccount> accounts;
    private Map<String, Instant> signInWaits = Map.of();
    private UserAccount selected;
    @Size(max = Lengths.PASSWORD_MAX)
    private String newPassword;

    @Inject
    transient TwoFactorService twoFactor;

    private boolean requireTwoFactor;

    @PostConstruct
    void load() {
        accounts = accountService.listPracticeAccounts(currentActor.require());
        signInWaits = accountService.signInWaits(currentActor.require());
        requireTwoFactor = twoFactor.isRequiredInPractice(currentActor.require());
    }

    public void saveTwoFactorSetting() {
        twoFactor.requireForStaff(currentActor.require(), requireTwoFactor);
        Messages.info("admin.twoFactor.saved");
    }

    public boolean isRequireTwoFactor() {
        return requireTwoFactor;
    }

    public void setRequireTwoFactor(boolean requireTwoFactor) {
        this.requireTwoFactor = requireTwoFactor;
    }

    public void deactivate(UserAccount account) {
        try {
            accountService.deactivate(currentActor.require(), account.getId());
            signedInSessions.endAllOf(account.getId());
            Messages.info("admin.accounts.deactivated", account.getLoginName());
            load();
        } catch (BusinessRuleException refusal) {
            Messages.refused(refusal, "accountsForm");
        }
    }

    public void reactivate(UserAccount account) {
        accountService.reactivate(currentActor.require(), account.getId());
        Messages.info("admin.accounts.reactivated", account.getLoginName());
        load();
    }

    public void unlockSignIn(UserAccount account) {
        accountService.unlockSignIn(currentActor.require(), account.getId());
        Messages.info("admin.accounts.unlocked", account.getLoginName());
        load();
    }

    /** "Sign-in waiting until ..." for a login that waits after failed tries, otherwise empty. */
    public String signInWaitText(UserAccount account) {
        Instant until = signInWaits.get(account.getLoginName());
        return until == null ? "" : Messages.text("admin.accounts.waiting",
                WHEN.format(LocalDateTime.ofInstant(until, clock.getZone())));
    }

    public void startPasswordReset(UserAccount account) {
        selected = account;
        newPassword = null;
    }

    public void resetPassword() {
        try {
            accountService.resetPassword(currentActor.require(), selected.getId(), newPassword);
            signedInSessions.endAllOf(selected.getId());
            Messages.info("admin.accounts.passwordReset", selected.getLoginName());
            selected = null;
            newPassword = null;
            load();
        } catch (BusinessRuleException refusal) {
            Messages.refused(refusal, "passwordForm");
        }
    }

    public void cancelPasswordReset() {
        selected = null;
        newPassword = null;
    }

    public List<UserAccount> getAccounts() {
        return accounts;
    }

    public UserAccount getSelected() {
        return selected;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
