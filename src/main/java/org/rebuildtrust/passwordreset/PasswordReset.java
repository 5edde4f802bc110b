package org.rebuildtrust.passwordreset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.rebuildtrust.security.UserAccount;
import org.rebuildtrust.shared.BaseEntity;
import org.rebuildtrust.shared.Tokens;

import java.time.Duration;
import java.time.Instant;

/**
 * An emailed password-reset link: single use, 30 minutes, and only while the password is the one it was sent for. Only
 * the SHA-256 of its token is stored.
 */
@Entity
@Table(name = "password_reset")
public class PasswordReset extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final Duration VALID_FOR = Duration.ofMinutes(30);

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private UserAccount account;

    @Column(name = "token_hash", nullable = false, length = 64, unique = true)
    private String tokenHash;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    /** The SHA-256 of the account's password hash when the link was made: a password changed since ends the link. */
    @Column(name = "password_fingerprint", length = 64)
    private String passwordFingerprint;

    protected PasswordReset() {
        // for JPA
    }

    PasswordReset(UserAccount account, String token, Instant now) {
        this.account = account;
        this.tokenHash = hash(token);
        this.expiresAt = now.plus(VALID_FOR);
        this.passwordFingerprint = fingerprint(account);
    }

    private static String fingerprint(UserAccount account) {
        return Tokens.sha256Hex(account.getPasswordHash());
    }

    static String hash(String token) {
        return Tokens.sha256Hex(token);
    }

    /** Unused, not expired, the account active, and its password unchanged since (by its owner, an admin, or a link). */
    boolean isUsable(Instant now) {
        return usedAt == null && expiresAt.isAfter(now) && account.isEnabled()
                && fingerprint(account).equals(passwordFingerprint);
    }

    void use(Instant now) {
        usedAt = now;
    }

    public UserAccount getAccount() {
        return account;
    }
}
