package org.rebuildtrust.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The end of the audit chain: the last position and hash. Its one row is locked (SELECT ... FOR UPDATE) while an
 * entry is appended, which orders concurrent writers, across instances too; that lock, not a version, guards it.
 */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead {

    static final long THE_HEAD = 1L;

    @Id
    private Long id;

    @Column(name = "last_position", nullable = false)
    private long lastPosition;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    protected AuditChainHead() {
        // for JPA
    }

    void advanceTo(AuditEntry appended) {
        lastPosition = appended.getPosition();
        lastHash = appended.getHash();
    }

    long getLastPosition() {
        return lastPosition;
    }

    String getLastHash() {
        return lastHash;
    }
}
