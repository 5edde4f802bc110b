package org.rebuildtrust.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Sign-in is SessionFormAuthenticationMechanism (our JSF login page, the caller remembered in the HTTP session).
 * URL spaces are protected in web.xml, records in the services.
 */
@DeclareRoles({"ADMIN", "THERAPIST", "CLIENT"})
@ApplicationScoped
public class SecurityConfiguration {
}
