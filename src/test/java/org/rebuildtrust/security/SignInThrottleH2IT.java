package org.rebuildtrust.security;

import org.rebuildtrust.testsupport.TestDatabase;

class SignInThrottleH2IT extends SignInThrottleContract {

    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }
}
