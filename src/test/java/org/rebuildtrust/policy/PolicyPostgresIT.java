package org.rebuildtrust.policy;

import org.rebuildtrust.testsupport.TestDatabase;

class PolicyPostgresIT extends PolicyContract {

    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRES;
    }
}
