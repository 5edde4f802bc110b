package org.rebuildtrust.audit;

import java.io.Serializable;
import java.time.Instant;

/** One account that viewed a couple's record: how often and when last. A class for EL, which cannot read records. */
public final class Viewer implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String loginName;
    private final String role;
    private final long views;
    private final Instant lastViewedAt;

    public Viewer(String loginName, String role, long views, Instant lastViewedAt) {
        this.loginName = loginName;
        this.role = role;
        this.views = views;
        this.lastViewedAt = lastViewedAt;
    }

    public String getLoginName() {
        return loginName;
    }

    public String getRole() {
        return role;
    }

    public long getViews() {
        return views;
    }

    public Instant getLastViewedAt() {
        return lastViewedAt;
    }
}
