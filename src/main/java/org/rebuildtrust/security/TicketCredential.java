package org.rebuildtrust.security;

import jakarta.security.enterprise.credential.Credential;

/** The credential the sign-in page hands to the container once every factor was checked: a login and its ticket. */
public record TicketCredential(String loginName, String ticket) implements Credential {
}
