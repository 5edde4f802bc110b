package org.rebuildtrust.browser;

/** the access matrix over every page, action and caller, with the WAR on a real PostgreSQL as in production. */
class AccessMatrixPostgresIT extends AccessMatrixIT implements BrowserTestSupport.OnPostgres {
}
