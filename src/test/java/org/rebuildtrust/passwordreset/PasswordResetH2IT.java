package org.rebuildtrust.passwordreset;

import org.rebuildtrust.testsupport.TestDatabase;

class PasswordResetH2IT extends PasswordResetContract {

    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }
}
