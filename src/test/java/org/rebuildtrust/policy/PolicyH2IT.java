package org.rebuildtrust.policy;

import org.rebuildtrust.testsupport.TestDatabase;

class PolicyH2IT extends PolicyContract {

    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }
}
