package org.rebuildtrust.security;

import org.rebuildtrust.testsupport.TestDatabase;

class TwoFactorH2IT extends TwoFactorContract {

    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }
}
