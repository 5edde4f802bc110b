package org.rebuildtrust.shared;

/** Column sizes, shared by {@code @Column(length)} and {@code @Size(max)} so the form and the schema never disagree. */
public final class Lengths {

    public static final int LOGIN_NAME = 64;
    public static final int PERSON_NAME = 120;
    public static final int EMAIL = 254;
    public static final int LABEL = 120;
    public static final int SUMMARY = 2000;
    public static final int PASSWORD_HASH = 400;
    public static final int PASSWORD_MIN = 12;
    public static final int PASSWORD_MAX = 128;

    private Lengths() {
    }
}
