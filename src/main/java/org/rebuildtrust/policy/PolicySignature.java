package org.rebuildtrust.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.rebuildtrust.couples.Partner;
import org.rebuildtrust.shared.BaseEntity;

import java.time.Instant;

/** A partner's signature of one revision of the secrets policy: the name they typed, and when. */
@Entity
@Table(name = "policy_signature")
public class PolicySignature extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_id", nullable = false, updatable = false)
    private Partner partner;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "policy_id", nullable = false, updatable = false)
    private SecretsPolicy policy;

    @Column(name = "typed_name", nullable = false, length = 120, updatable = false)
    private String typedName;

    @Column(name = "signed_at", nullable = false, updatable = false)
    private Instant signedAt;

    protected PolicySignature() {
        // for JPA
    }

    PolicySignature(Partner partner, SecretsPolicy policy, String typedName, Instant signedAt) {
        this.partner = partner;
        this.policy = policy;
        this.typedName = typedName;
        this.signedAt = signedAt;
    }

    public Partner getPartner() {
        return partner;
    }

    public SecretsPolicy getPolicy() {
        return policy;
    }

    public String getTypedName() {
        return typedName;
    }

    public Instant getSignedAt() {
        return signedAt;
    }
}
