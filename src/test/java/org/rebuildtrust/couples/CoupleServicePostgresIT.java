package org.rebuildtrust.couples;

import org.rebuildtrust.testsupport.TestDatabase;

class CoupleServicePostgresIT extends CoupleServiceContract {

    @Override
    TestDatabase database() {
        return TestDatabase.POSTGRES;
    }
}
