package org.rebuildtrust.accountability;

import org.rebuildtrust.testsupport.TestDatabase;

class AccountabilityH2IT extends AccountabilityContract {

    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }
}
