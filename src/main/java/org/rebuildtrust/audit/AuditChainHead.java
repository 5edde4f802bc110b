package org.rebuildtrust.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The end of the audit chain: the last position and hash. Its one row is locked (SELECT ... FOR UPDATE) while the
 * sealer chains the waiting entries ({@link AuditTrail#sealPending}), so one sealer at a time, across instances too;
 * that lock, not a version, guards it. Appending an entry does not touch it.
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

    /** The last position written before the chain was keyed (0 when none), and its seal; null until sealed. */
    @Column(name = "legacy_end")
    private Long legacyEnd;

    @Column(name = "legacy_seal", length = 90)
    private String legacySeal;

    protected AuditChainHead() {
        // for JPA
    }

    void advanceTo(AuditEntry appended) {
        lastPosition = appended.getPosition();
        lastHash = appended.getHash();
    }

    boolean isLegacySealed() {
        return legacySeal != null && legacyEnd != null;
    }

    /** Seals the unkeyed entries as they stand: they end at the current last position. */
    void sealLegacy(AuditKeyring keyring) {
        legacyEnd = lastPosition;
        legacySeal = keyring.currentId() + ":" + keyring.mac(keyring.currentId(), sealed(lastPosition, lastHash)).orElseThrow();
    }

    /** Whether the seal covers this last unkeyed position and hash (under a key this keyring holds). */
    boolean sealHolds(AuditKeyring keyring, long position, String hash) {
        if (!isLegacySealed() || legacyEnd != position) {
            return false;
        }
        int colon = legacySeal.indexOf(':');
        return colon > 0 && keyring.mac(legacySeal.substring(0, colon), sealed(position, hash))
                .map(legacySeal.substring(colon + 1)::equals).orElse(false);
    }

    private static String sealed(long position, String hash) {
        return "legacy-end:" + position + ":" + hash;
    }

    Long getLegacyEnd() {
        return legacyEnd;
    }

    long getLastPosition() {
        return lastPosition;
    }

    String getLastHash() {
        return lastHash;
    }
}
