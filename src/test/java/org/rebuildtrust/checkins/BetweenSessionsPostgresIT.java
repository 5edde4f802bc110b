package org.rebuildtrust.checkins;

import org.rebuildtrust.testsupport.TestDatabase;

class BetweenSessionsPostgresIT extends BetweenSessionsContract {

    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRES;
    }
}
