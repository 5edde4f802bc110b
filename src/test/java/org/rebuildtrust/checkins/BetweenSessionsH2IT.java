package org.rebuildtrust.checkins;

import org.rebuildtrust.testsupport.TestDatabase;

class BetweenSessionsH2IT extends BetweenSessionsContract {

    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }
}
