package org.rebuildtrust.demo;

import org.rebuildtrust.testsupport.TestDatabase;

class DemoPracticeH2IT extends DemoPracticeContract {

    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }
}
