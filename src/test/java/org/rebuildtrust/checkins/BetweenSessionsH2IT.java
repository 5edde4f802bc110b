package org.rebuildtrust.checkins;

import org.rebuildtrust.testsupport.TestDatabase;

class BetweenSessionsH2IT extends BetweenSessionsContract {

    @Override
    TestDatabase database() {
        return TestDatabase.H2;
    }
}
