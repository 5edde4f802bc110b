package org.rebuildtrust.couples;

import org.rebuildtrust.testsupport.TestDatabase;

class CoupleServiceH2IT extends CoupleServiceContract {

    @Override
    TestDatabase database() {
        return TestDatabase.H2;
    }
}
