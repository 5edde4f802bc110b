package org.rebuildtrust.security;

import org.rebuildtrust.testsupport.TestDatabase;

class TwoFactorPostgresIT extends TwoFactorContract {

    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRES;
    }
}
