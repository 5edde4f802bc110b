package org.rebuildtrust.checkins;

import org.rebuildtrust.testsupport.TestDatabase;

class BetweenSessionsPostgresIT extends BetweenSessionsContract {

    @Override
    TestDatabase database() {
        return TestDatabase.POSTGRES;
    }
}
