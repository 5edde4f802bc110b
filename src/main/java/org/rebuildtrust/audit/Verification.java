package org.rebuildtrust.audit;

import java.io.Serializable;

/** The outcome of checking the chain: how many entries were intact, and the first broken position (null: none). */
public record Verification(long intactEntries, Long firstBrokenPosition) implements Serializable {

    public boolean isIntact() {
        return firstBrokenPosition == null;
    }

    public long getIntactEntries() {
        return intactEntries;
    }

    public Long getFirstBrokenPosition() {
        return firstBrokenPosition;
    }
}
