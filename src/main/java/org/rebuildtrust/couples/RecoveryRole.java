package org.rebuildtrust.couples;

/**
 * A partner's role in recovery: the hurt partner was betrayed, the involved partner was unfaithful;
 * BOTH is for mutual infidelity, where each partner is both.
 */
public enum RecoveryRole {
    HURT,
    INVOLVED,
    BOTH,
    NOT_SET
}
