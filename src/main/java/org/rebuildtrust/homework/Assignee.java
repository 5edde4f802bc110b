package org.rebuildtrust.homework;

/** Who answers an assignment: one partner, each partner separately, or both in one joint answer. */
public enum Assignee {
    ONE_PARTNER,
    EACH_PARTNER,
    TOGETHER
}
