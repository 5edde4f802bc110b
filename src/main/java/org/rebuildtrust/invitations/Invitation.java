package org.rebuildtrust.invitations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.rebuildtrust.couples.Partner;
import org.rebuildtrust.shared.BaseEntity;
import org.rebuildtrust.shared.Tokens;

import java.time.Duration;
import java.time.Instant;

/**
 * A partner's invitation to the portal: an emailed link, valid once and for 72 hours, where they choose their login
 * name and password. Only the SHA-256 of the link's token is stored, so the table alone opens nothing.
 */
@Entity
@Table(name = "invitation")
public class Invitation extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final Duration VALID_FOR = Duration.ofHours(72);

    /** What the therapist sees of an invitation. */
    public enum State { OPEN, ACCEPTED, EXPIRED, REVOKED }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_id", nullable = false)
    private Partner partner;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "token_hash", nullable = false, length = 64, unique = true)
    private String tokenHash;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "invited_by_account_id", nullable = false)
    private long invitedByAccountId;

    protected Invitation() {
        // for JPA
    }

    Invitation(Partner partner, String token, long invitedByAccountId, Instant now) {
        this.partner = partner;
        this.email = partner.getEmail();
        this.tokenHash = hash(token);
        this.expiresAt = now.plus(VALID_FOR);
        this.invitedByAccountId = invitedByAccountId;
    }

    static String hash(String token) {
        return Tokens.sha256Hex(token);
    }

    public State stateAt(Instant now) {
        if (acceptedAt != null) {
            return State.ACCEPTED;
        }
        if (revokedAt != null) {
            return State.REVOKED;
        }
        return expiresAt.isAfter(now) ? State.OPEN : State.EXPIRED;
    }

    void revoke(Instant now) {
        if (stateAt(now) == State.OPEN) {
            revokedAt = now;
        }
    }

    void accept(Instant now) {
        acceptedAt = now;
    }

    public Partner getPartner() {
        return partner;
    }

    public String getEmail() {
        return email;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }
}
