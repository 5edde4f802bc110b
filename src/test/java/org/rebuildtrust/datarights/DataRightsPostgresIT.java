package org.rebuildtrust.datarights;

import org.rebuildtrust.testsupport.TestDatabase;

class DataRightsPostgresIT extends DataRightsContract {

    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRES;
    }
}
