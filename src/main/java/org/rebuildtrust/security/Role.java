package org.rebuildtrust.security;

/** What an account may do; each is also a Jakarta Security group and a web.xml role of the same name. */
public enum Role {
    ADMIN,
    THERAPIST,
    CLIENT
}
