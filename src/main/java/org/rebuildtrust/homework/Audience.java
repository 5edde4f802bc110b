package org.rebuildtrust.homework;

/** Whom a template is written for; an assignment may narrow it (for example to one partner). */
public enum Audience {
    EACH_PARTNER,
    INVOLVED_PARTNER,
    HURT_PARTNER,
    TOGETHER
}
