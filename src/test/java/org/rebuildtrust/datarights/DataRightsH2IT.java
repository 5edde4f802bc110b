package org.rebuildtrust.datarights;

import org.rebuildtrust.testsupport.TestDatabase;

class DataRightsH2IT extends DataRightsContract {

    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }
}
