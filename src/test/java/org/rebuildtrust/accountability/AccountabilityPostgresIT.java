package org.rebuildtrust.accountability;

import org.rebuildtrust.testsupport.TestDatabase;

class AccountabilityPostgresIT extends AccountabilityContract {

    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRES;
    }
}
