package org.rebuildtrust.homework;

/**
 * The kinds of prompt. Every answer value is stored as text; lists and checklists keep one entry per line,
 * dates are ISO (2026-11-27), yes/no is "yes" or "no", a scale is its number.
 */
public enum PromptKind {
    TEXT,
    SCALE,
    YES_NO,
    CHECKLIST,
    DATE,
    LIST;

    public static final int SCALE_MIN = org.rebuildtrust.shared.Rating.MIN;
    public static final int SCALE_MAX = org.rebuildtrust.shared.Rating.MAX;
    public static final int MAX_LIST_ITEMS = 20;
}
