package org.rebuildtrust.browser;

/** the admin's flow: a therapist added, signed in, given a new password and deactivated, with the WAR on a real PostgreSQL as in production. */
class AdministrationPostgresIT extends AdministrationIT implements BrowserTestSupport.OnPostgres {
}
