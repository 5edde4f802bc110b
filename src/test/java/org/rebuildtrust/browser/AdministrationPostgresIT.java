package org.rebuildtrust.browser;

/**
 * The admin's flow (a therapist added, signed in, given a new password and deactivated), with the WAR on a real
 * PostgreSQL as in production. The taken-login message does not depend on the database: overridden here without
 * {@code @Test}, it runs on H2 only.
 */
class AdministrationPostgresIT extends AdministrationIT implements BrowserTestSupport.OnPostgres {

    @Override
    void aTakenLoginNameIsRefusedAtTheField() {
        // H2 only
    }
}
