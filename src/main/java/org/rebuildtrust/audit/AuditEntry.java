package org.rebuildtrust.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.rebuildtrust.shared.Tokens;

import java.io.Serializable;
import java.time.Instant;

/**
 * One line of the audit trail: who (account, login, role), did what, to which record, when (UTC), from where.
 * Entries are only ever inserted, so unlike every other entity this one has no version. An entry is inserted with an
 * HMAC of its own content under the audit key ({@link #entryMac}) and no place in the chain yet; the sealer gives it
 * its position, the hash of the one before it and its own hash over both ({@link AuditTrail#sealPending}), so changing
 * or removing an entry breaks the chain from there on.
 * No clinical content is ever written here: records are named by kind and id only.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The hash the first entry is chained to. */
    public static final String GENESIS = "0".repeat(64);
    public static final int DETAIL_LENGTH = 200;

    @Id
    @SequenceGenerator(name = "audit_id", sequenceName = "audit_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_id")
    private Long id;

    /** 1, 2, 3, ... without gaps: the order of the chain; null while the entry waits to be sealed. */
    @Column(unique = true)
    private Long position;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "login_name", length = 200)
    private String loginName;

    @Column(length = 16)
    private String role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AuditAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "record_type", length = 24)
    private AuditRecord recordType;

    @Column(name = "record_id")
    private Long recordId;

    @Column(name = "couple_id")
    private Long coupleId;

    @Column(length = 64)
    private String address;

    @Column(length = DETAIL_LENGTH)
    private String detail;

    /** The key that sealed this entry (see {@link AuditKeyring}); null for entries written before the chain was keyed. */
    @Column(name = "key_id", length = 16, updatable = false)
    private String keyId;

    @Column(name = "previous_hash", length = 64)
    private String previousHash;

    @Column(length = 64)
    private String hash;

    /**
     * An HMAC of the entry's own content (its id included) under the key it names, written with the entry: the sealer
     * chains only entries whose MAC holds, so an entry slipped into the table by someone without the key stays out of
     * the chain and verification reports it. Null for entries sealed as they were written (before V42).
     */
    @Column(name = "entry_mac", length = 64, updatable = false)
    private String entryMac;

    protected AuditEntry() {
        // for JPA
    }

    AuditEntry(Instant occurredAt, Long accountId, String loginName, String role, AuditAction action,
               AuditRecord recordType, Long recordId, Long coupleId, String address, String detail) {
        this.occurredAt = occurredAt;
        this.accountId = accountId;
        this.loginName = clip(loginName, 200);
        this.role = role;
        this.action = action;
        this.recordType = recordType;
        this.recordId = recordId;
        this.coupleId = coupleId;
        this.address = clip(address, 64);
        this.detail = clip(detail, DETAIL_LENGTH);
    }

    /** Signs the new entry's own content under the keyring's current key; it needs its id, so it comes after persist. */
    void sign(AuditKeyring keyring) {
        this.keyId = keyring.currentId();
        this.entryMac = keyring.mac(keyId, content()).orElseThrow();
    }

    /** Whether the entry's own MAC holds under a key this keyring knows: it was written by the application. */
    boolean signedByThisPractice(AuditKeyring keyring) {
        return keyId != null && entryMac != null && keyring.mac(keyId, content()).map(entryMac::equals).orElse(false);
    }

    /** Puts the signed entry at the end of the chain, hashed under the key it was signed with. */
    void chainAfter(long previousPosition, String previousHash, AuditKeyring keyring) {
        this.position = previousPosition + 1;
        this.previousHash = previousHash;
        this.hash = computeHash(keyring).orElseThrow();
    }

    /**
     * The hash this entry should carry, from its own fields and the previous hash it names: an HMAC under the key it
     * names, or, for an entry written before the chain was keyed, a plain SHA-256. Empty when the key is not known here.
     */
    java.util.Optional<String> computeHash(AuditKeyring keyring) {
        String canonical = canonical();
        return keyId == null ? java.util.Optional.of(Tokens.sha256Hex(canonical)) : keyring.mac(keyId, canonical);
    }

    private String canonical() {
        return String.join("\u001f", String.valueOf(position), Long.toString(occurredAt.toEpochMilli()),
                String.valueOf(accountId), String.valueOf(loginName), String.valueOf(role), String.valueOf(action),
                String.valueOf(recordType), String.valueOf(recordId), String.valueOf(coupleId), String.valueOf(address),
                String.valueOf(detail), previousHash);
    }

    /** The entry's own content, named by its id: what {@link #entryMac} covers. */
    private String content() {
        return String.join("\u001f", "entry", String.valueOf(id), Long.toString(occurredAt.toEpochMilli()),
                String.valueOf(accountId), String.valueOf(loginName), String.valueOf(role), String.valueOf(action),
                String.valueOf(recordType), String.valueOf(recordId), String.valueOf(coupleId), String.valueOf(address),
                String.valueOf(detail));
    }

    private static String clip(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }

    public Long getId() {
        return id;
    }

    public Long getPosition() {
        return position;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getLoginName() {
        return loginName;
    }

    public String getRole() {
        return role;
    }

    public AuditAction getAction() {
        return action;
    }

    public AuditRecord getRecordType() {
        return recordType;
    }

    public Long getRecordId() {
        return recordId;
    }

    public Long getCoupleId() {
        return coupleId;
    }

    public String getAddress() {
        return address;
    }

    public String getDetail() {
        return detail;
    }

    public String getKeyId() {
        return keyId;
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public String getHash() {
        return hash;
    }
}
