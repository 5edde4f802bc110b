package org.rebuildtrust.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.rebuildtrust.shared.BaseEntity;

import java.time.Instant;

/** One revision of the practice's secrets policy, as the admin wrote it; never changed once published. */
@Entity
@Table(name = "secrets_policy")
public class SecretsPolicy extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int TEXT_LENGTH = 8000;

    @Column(name = "practice_id", nullable = false, updatable = false)
    private Long practiceId;

    @Column(nullable = false, updatable = false)
    private int revision;

    @Column(nullable = false, length = TEXT_LENGTH, updatable = false)
    private String text;

    @Column(name = "published_at", nullable = false, updatable = false)
    private Instant publishedAt;

    @Column(name = "published_by_account_id", nullable = false, updatable = false)
    private Long publishedByAccountId;

    protected SecretsPolicy() {
        // for JPA
    }

    SecretsPolicy(long practiceId, int revision, String text, Instant publishedAt, long publishedByAccountId) {
        this.practiceId = practiceId;
        this.revision = revision;
        this.text = text;
        this.publishedAt = publishedAt;
        this.publishedByAccountId = publishedByAccountId;
    }

    public Long getPracticeId() {
        return practiceId;
    }

    public int getRevision() {
        return revision;
    }

    public String getText() {
        return text;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }
}
