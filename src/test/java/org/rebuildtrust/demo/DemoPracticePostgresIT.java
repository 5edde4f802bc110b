package org.rebuildtrust.demo;

import org.rebuildtrust.testsupport.TestDatabase;

class DemoPracticePostgresIT extends DemoPracticeContract {

    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRES;
    }
}
