package org.rebuildtrust.security;

import org.rebuildtrust.testsupport.TestDatabase;

class SignInThrottlePostgresIT extends SignInThrottleContract {

    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRES;
    }
}
