package org.rebuildtrust.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.rebuildtrust.shared.BaseEntity;

import java.time.Instant;

/** One single-use code that stands in for the authenticator app when it is lost. Only its SHA-256 is stored. */
@Entity
@Table(name = "recovery_code")
public class RecoveryCode extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "code_hash", nullable = false, length = 64)
    private String codeHash;

    @Column(name = "used_at")
    private Instant usedAt;

    protected RecoveryCode() {
        // for JPA
    }

    RecoveryCode(long accountId, String codeHash) {
        this.accountId = accountId;
        this.codeHash = codeHash;
    }

    boolean isUsed() {
        return usedAt != null;
    }

    void use(Instant now) {
        usedAt = now;
    }

    String getCodeHash() {
        return codeHash;
    }
}
