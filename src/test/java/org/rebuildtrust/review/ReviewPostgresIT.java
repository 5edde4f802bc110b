package org.rebuildtrust.review;

import org.rebuildtrust.testsupport.TestDatabase;

class ReviewPostgresIT extends ReviewContract {

    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRES;
    }
}
