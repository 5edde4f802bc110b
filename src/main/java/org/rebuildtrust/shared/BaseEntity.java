package org.rebuildtrust.shared;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * Identity, optimistic locking and creation/update times for every entity.
 * One database sequence serves all tables; it allocates ids in blocks of 50 so inserts need no extra round trip.
 */
@MappedSuperclass
public abstract class BaseEntity implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "entity_id", sequenceName = "entity_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_id")
    private Long id;

    /** Compared on every update: a second writer with a stale copy is refused instead of overwriting. */
    @Version
    @Column(nullable = false)
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @PrePersist
    void beforeInsert() {
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void beforeUpdate() {
        updatedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public boolean isNew() {
        return id == null;
    }

    /**
     * Refuses a change made on a copy older than the stored record.
     * Checked explicitly because services copy form values onto the managed entity, whose version is always current.
     */
    /**
     * {@link #checkVersion} for a writer whose page may have shown no such record yet (null): a record that exists now
     * was then made meanwhile (on another device, in another tab), and is not overwritten unseen.
     */
    public void checkVersionSeen(Long versionSeenByWriter) {
        if (versionSeenByWriter == null) {
            throw new ConcurrentEditException();
        }
        checkVersion(versionSeenByWriter);
    }

    public void checkVersion(long versionSeenByWriter) {
        if (versionSeenByWriter != version) {
            throw new ConcurrentEditException();
        }
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || getClass() != other.getClass()) {
            return false;
        }
        return id != null && id.equals(((BaseEntity) other).id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(getClass());
    }
}
