package org.rebuildtrust.couples;

public enum InfidelityKind {
    EMOTIONAL,
    PHYSICAL,
    BOTH,
    NOT_DISCLOSED
}
