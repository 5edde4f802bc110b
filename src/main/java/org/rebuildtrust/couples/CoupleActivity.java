package org.rebuildtrust.couples;

/**
 * Fired when something happened to a couple (a check-in, an answer, an entry, a change of details), so views kept
 * beside the record, like the caseload's "needs attention" marker, can be brought up to date once it is committed.
 */
public record CoupleActivity(long coupleId) {
}
