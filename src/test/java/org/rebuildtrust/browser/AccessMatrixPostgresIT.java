package org.rebuildtrust.browser;

/**
 * The access matrix over every page, action and caller, with the WAR on a real PostgreSQL as in production. Whether
 * every page and action has a row is a check of the source files, the same on any database: overridden here without
 * {@code @Test}, it runs once.
 */
class AccessMatrixPostgresIT extends AccessMatrixIT implements BrowserTestSupport.OnPostgres {

    @Override
    void everyPageHasARow() {
        // once, in AccessMatrixIT
    }

    @Override
    void everyActionHasARow() {
        // once, in AccessMatrixIT
    }
}
