package org.rebuildtrust.passwordreset;

import org.rebuildtrust.testsupport.TestDatabase;

class PasswordResetPostgresIT extends PasswordResetContract {

    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRES;
    }
}
