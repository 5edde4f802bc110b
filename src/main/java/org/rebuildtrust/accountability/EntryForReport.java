package org.rebuildtrust.accountability;

/**
 * A rating or assessment as a report for one reader may carry it: {@code text} is the entry's comment, or null where
 * that reader may not read it (another partner's private comment).
 */
public record EntryForReport(AccountabilityEntry entry, String text) {
}
