package org.rebuildtrust.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.rebuildtrust.shared.BaseEntity;
import org.rebuildtrust.shared.Language;
import org.rebuildtrust.shared.Lengths;

import java.util.Locale;

/**
 * A login: therapists, admins and partners each have their own, even when two partners share an email address.
 * The password is stored only as a PBKDF2 hash.
 */
@Entity
@Table(name = "user_account")
@NamedQuery(name = UserAccount.FIND_BY_LOGIN, query = "SELECT a FROM UserAccount a WHERE a.loginName = :loginName")
@NamedQuery(name = UserAccount.FIND_BY_PRACTICE,
        query = "SELECT a FROM UserAccount a WHERE a.practiceId = :practiceId ORDER BY a.role, a.displayName")
public class UserAccount extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_LOGIN = "UserAccount.findByLogin";
    public static final String FIND_BY_PRACTICE = "UserAccount.findByPractice";

    @Column(name = "practice_id", nullable = false)
    private Long practiceId;

    @NotBlank
    @Size(min = 3, max = Lengths.LOGIN_NAME, message = "{validation.loginNameLength}")
    @Pattern(regexp = "[A-Za-z0-9._@-]*", message = "{validation.loginName}")
    @Column(name = "login_name", nullable = false, unique = true, length = Lengths.LOGIN_NAME)
    private String loginName;

    @NotBlank
    @Size(max = Lengths.PERSON_NAME)
    @Column(name = "display_name", nullable = false, length = Lengths.PERSON_NAME)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = Lengths.PASSWORD_HASH)
    private String passwordHash;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Role role;

    @Column(nullable = false)
    private boolean enabled = true;

    /**
     * The TOTP secret, sealed by {@link TotpSecretCipher} (never the secret itself): pending while {@code totpEnabled}
     * is false, in use once the first code confirmed it.
     */
    @Column(name = "totp_secret", length = 160)
    private String totpSecret;

    @Column(name = "totp_enabled", nullable = false)
    private boolean totpEnabled;

    /** The time step of the last code accepted, so the same code cannot be used twice. */
    @Column(name = "totp_last_step")
    private Long totpLastStep;

    /**
     * Raised whenever the account's sessions must end everywhere (a new password, a deactivation): a session signed in
     * under an older generation is ended at its next request, whichever instance of the application answers it.
     */
    @Column(name = "session_generation", nullable = false)
    private int sessionGeneration;

    /** Where this account's password-reset link goes; partners' links go to the address on their partner record. */
    @jakarta.validation.constraints.Email
    @Size(max = Lengths.EMAIL)
    @Column(length = Lengths.EMAIL)
    private String email;

    /** The language chosen for pages and emails; null until chosen, and the browser's language decides. */
    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Language language;

    /** What a partner wants to be reminded of by email, and whether a therapist gets the daily digest. */
    @Column(name = "remind_appointments", nullable = false)
    private boolean remindAppointments = true;

    @Column(name = "remind_homework_due", nullable = false)
    private boolean remindHomeworkDue = true;

    @Column(name = "remind_homework_overdue", nullable = false)
    private boolean remindHomeworkOverdue = true;

    @Column(name = "daily_digest", nullable = false)
    private boolean dailyDigest = true;

    /** The SHA-256 of the therapist's calendar feed token; null when they have none. */
    @Column(name = "calendar_feed_hash", length = 64)
    private String calendarFeedHash;

    protected UserAccount() {
        // for JPA
    }

    public UserAccount(Long practiceId, String loginName, String displayName, Role role, String passwordHash) {
        this.practiceId = practiceId;
        this.loginName = normalizeLoginName(loginName);
        this.displayName = displayName;
        this.role = role;
        this.passwordHash = passwordHash;
    }

    /** Login names compare without case, so "Dana" and "dana" can never be two accounts. */
    public static String normalizeLoginName(String loginName) {
        return loginName == null ? null : loginName.trim().toLowerCase(Locale.ROOT);
    }

    /** A new password: every session signed in with the old one ends (see {@link #getSessionGeneration()}). */
    public void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
        this.sessionGeneration++;
    }

    void startTwoFactor(String sealedSecret) {
        this.totpSecret = sealedSecret;
        this.totpEnabled = false;
        this.totpLastStep = null;
    }

    /** The same secret sealed anew (with the newest key); nothing else about the second factor changes. */
    void resealTwoFactor(String sealedSecret) {
        this.totpSecret = sealedSecret;
    }

    void confirmTwoFactor(long step) {
        this.totpEnabled = true;
        this.totpLastStep = step;
    }

    void stopTwoFactor() {
        this.totpSecret = null;
        this.totpEnabled = false;
        this.totpLastStep = null;
    }

    void acceptedCodeAt(long step) {
        this.totpLastStep = step;
    }

    /** The sealed secret as stored. */
    String getTotpSecret() {
        return totpSecret;
    }

    Long getTotpLastStep() {
        return totpLastStep;
    }

    public boolean isTwoFactorEnabled() {
        return totpEnabled;
    }

    public void changeEmail(String newEmail) {
        this.email = newEmail == null || newEmail.isBlank() ? null : newEmail.strip();
    }

    public String getEmail() {
        return email;
    }

    public void rename(String newDisplayName) {
        this.displayName = newDisplayName;
    }

    public void deactivate() {
        this.enabled = false;
        this.sessionGeneration++;
    }

    public void reactivate() {
        this.enabled = true;
    }

    /** Which sessions are still valid: those signed in when the account's generation was this one. */
    public int getSessionGeneration() {
        return sessionGeneration;
    }

    public Long getPracticeId() {
        return practiceId;
    }

    public String getLoginName() {
        return loginName;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isRemindAppointments() {
        return remindAppointments;
    }

    public boolean isRemindHomeworkDue() {
        return remindHomeworkDue;
    }

    public boolean isRemindHomeworkOverdue() {
        return remindHomeworkOverdue;
    }

    public boolean isDailyDigest() {
        return dailyDigest;
    }

    public Language getLanguage() {
        return language;
    }

    void chooseLanguage(Language language) {
        this.language = language;
    }
}
