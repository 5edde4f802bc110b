package org.rebuildtrust.appointments;

/** What a move or a cancellation of an occurrence of a series applies to. */
public enum ChangeScope {
    /** This occurrence only. */
    THIS_ONE,
    /** This occurrence and every later scheduled one of its series. */
    THIS_AND_FOLLOWING
}
