package org.rebuildtrust.audit;

import java.io.Serializable;

/**
 * The outcome of checking the chain: how many entries were intact, the first broken position (null: none), and the id
 * of the first entry the sealer would not chain because the application did not write it (null: none).
 */
public record Verification(long intactEntries, Long firstBrokenPosition, Long firstForeignEntry) implements Serializable {

    public boolean isIntact() {
        return firstBrokenPosition == null && firstForeignEntry == null;
    }

    public long getIntactEntries() {
        return intactEntries;
    }

    public Long getFirstBrokenPosition() {
        return firstBrokenPosition;
    }

    public Long getFirstForeignEntry() {
        return firstForeignEntry;
    }
}
